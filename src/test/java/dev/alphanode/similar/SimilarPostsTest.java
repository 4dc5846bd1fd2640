package dev.alphanode.similar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alphanode.content.Post;
import dev.alphanode.content.SiteSettings;
import dev.alphanode.store.PostSummary;
import dev.alphanode.store.SimilarTables;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine on small hand-written sites: ties, cuts, drafts, weights, cards, restarts and drift. */
class SimilarPostsTest {
    private static final Map<String, Double> WEIGHTS = SiteSettings.DEFAULT_SIMILAR_WEIGHTS;
    private static final LocalDate DAY = LocalDate.of(2025, 3, 1);

    @TempDir
    Path root;
    TestCorpus corpus;
    SimilarPosts similar;

    @BeforeEach
    void openStore() {
        corpus = TestCorpus.empty(root);
        similar = new SimilarPosts(corpus.db);
    }

    @AfterEach
    void closeStore() {
        corpus.close();
    }

    @Test
    void equal_scores_list_the_newer_post_first_then_by_slug() {
        write(redis("query", DAY), redis("b-same-day", DAY.minusDays(3)), redis("a-same-day", DAY.minusDays(3)),
                redis("newest", DAY.plusDays(9)), redis("oldest", DAY.minusDays(9)));
        similar.rebuild(WEIGHTS, 5);
        assertThat(slugs(similar.similarTo("query", 5)))
                .containsExactly("newest", "a-same-day", "b-same-day", "oldest");
        assertThat(slugs(similar.similarTo("oldest", 2))).containsExactly("newest", "query");
    }

    @Test
    void a_draft_has_no_list_and_is_on_no_list() {
        Post draft = Posts.withDraft(redis("draft", DAY), true);
        write(redis("one", DAY), redis("two", DAY), draft);
        similar.rebuild(WEIGHTS, 5);
        assertThat(slugs(similar.similarTo("one", 5))).containsExactly("two");
        assertThat(similar.similarTo("draft", 5)).isEmpty();
        assertThat(similar.explain("draft", 5)).isEmpty();
    }

    @Test
    void a_keyword_and_a_word_on_most_posts_are_cut_so_they_make_nothing_similar() {
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            posts.add(Posts.post("post-" + i, "redis note " + i, DAY, null, List.of(), List.of(), List.of("redis"),
                    "redis everywhere and unique" + i + "word"));
        }
        posts.add(Posts.post("kafka-one", "redis kafka", DAY, null, List.of(), List.of(), List.of("redis", "kafka"), "x"));
        posts.add(Posts.post("kafka-two", "redis kafka", DAY, null, List.of(), List.of(), List.of("redis", "kafka"), "y"));
        write(posts.toArray(Post[]::new));
        similar.rebuild(WEIGHTS, 5);
        assertThat(similar.similarTo("post-3", 5)).isEmpty();
        assertThat(slugs(similar.similarTo("kafka-one", 5))).containsExactly("kafka-two");
        assertThat(similar.explain("kafka-one", 1).get(0).sharedTerms()).containsExactly("tag/kafka", "kafka");
    }

    @Test
    void new_weights_rebuild_and_report_the_lists_that_changed() {
        write(post("a", "topic-x", List.of("java")), post("b", "topic-x", List.of("php")),
                post("c", "topic-y", List.of("java")));
        similar.rebuild(WEIGHTS, 5);
        assertThat(slugs(similar.similarTo("a", 5))).containsExactly("b", "c");
        Map<String, Double> stackFirst = new HashMap<>(WEIGHTS);
        stackFirst.put("stack", 10.0);
        assertThat(similar.rebuild(stackFirst, 5)).as("b shares only the topic: same list")
                .containsExactlyInAnyOrder("a", "c");
        assertThat(slugs(similar.similarTo("a", 5))).containsExactly("c", "b");
        Explanation c = similar.explain("a", 1).get(0);
        assertThat(c.stack()).isEqualTo(10.0);
        assertThat(c.topic()).isZero();
    }

    @Test
    void a_new_card_for_a_listed_post_changes_exactly_the_lists_that_show_it() {
        write(redis("one", DAY), redis("two", DAY), redis("three", DAY), post("alone", "topic-z", List.of("go")));
        similar.rebuild(WEIGHTS, 5);
        Post longer = Posts.withReadingTime(corpus.store.findBySlug("one").orElseThrow(), 12);
        corpus.store.apply(List.of(longer), List.of());
        assertThat(similar.update(List.of(longer), List.of(), WEIGHTS, 5)).containsExactlyInAnyOrder("two", "three");
        assertThat(similar.similarTo("two", 5)).anySatisfy(n -> assertThat(n.readingTime()).isEqualTo(12));
        assertThat(similar.referrersOf(List.of("one"))).containsExactlyInAnyOrder("two", "three");
    }

    @Test
    void a_restart_after_edits_made_while_down_reports_exactly_the_lists_that_changed() {
        write(redis("one", DAY), redis("two", DAY), post("java-a", "t", List.of("java")),
                post("java-b", "t", List.of("java")));
        similar.rebuild(WEIGHTS, 5);
        Map<String, List<String>> before = ListViews.read(corpus);
        corpus.store.apply(List.of(Posts.withTitle(corpus.store.findBySlug("one").orElseThrow(), "renamed")),
                List.of("posts/java-b.md"));
        Set<String> changed = new SimilarPosts(corpus.db).load(WEIGHTS, 5);
        Map<String, List<String>> after = ListViews.read(corpus);
        assertThat(changed).containsExactlyInAnyOrder("one", "two", "java-a");
        assertThat(before.get("two")).isNotEqualTo(after.get("two"));
        assertThat(after).doesNotContainKey("java-a");
    }

    @Test
    void a_load_in_the_background_reports_the_lists_it_rewrote_and_calls_after_it_see_the_loaded_index() throws Exception {
        write(redis("one", DAY), redis("two", DAY), post("java-a", "t", List.of("java")),
                post("java-b", "t", List.of("java")));
        similar.rebuild(WEIGHTS, 5);
        corpus.store.apply(List.of(Posts.withTitle(corpus.store.findBySlug("one").orElseThrow(), "renamed")),
                List.of("posts/java-b.md"));
        SimilarPosts restarted = new SimilarPosts(corpus.db);
        CompletableFuture<Set<String>> rewritten = new CompletableFuture<>();
        restarted.loadInBackground(WEIGHTS, 5, rewritten::complete);
        // Shared terms come from the in-memory index: explain waits for the load instead of answering without it.
        assertThat(restarted.explain("two", 5)).isNotEmpty().allSatisfy(row -> assertThat(row.sharedTerms()).isNotEmpty());
        assertThat(rewritten.get(30, TimeUnit.SECONDS)).containsExactlyInAnyOrder("one", "two", "java-a");
        assertThat(new ListStore(new SimilarTables(corpus.db)).readAll())
                .isEqualTo(Reference.lists(corpus.db, Tuning.DEFAULTS, Weights.of(WEIGHTS), 5));
    }

    @Test
    void a_new_post_that_makes_a_word_more_common_weights_the_posts_holding_it_again() {
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < 17; i++) {
            posts.add(redis("plain-" + i, DAY));
        }
        for (String slug : List.of("one", "two", "three")) {
            posts.add(Posts.withBody(redis(slug, DAY), "zebra stripes and " + slug + " notes"));
        }
        write(posts.toArray(Post[]::new));
        similar.rebuild(WEIGHTS, 5);
        Map<String, List<String>> before = ListViews.read(corpus);
        Post four = Posts.withBody(redis("four", DAY), "a zebra");
        write(four);
        Set<String> reported = similar.update(List.of(four), List.of(), WEIGHTS, 5);
        Map<String, List<Neighbour>> lists = new ListStore(new SimilarTables(corpus.db)).readAll();
        assertThat(lists).isEqualTo(Reference.lists(corpus.db, Tuning.DEFAULTS, Weights.of(WEIGHTS), 5));
        assertThat(before.get("one")).as("zebra now counts less between one and two")
                .isNotEqualTo(ListViews.read(corpus).get("one"));
        assertThat(reported).contains("one", "two", "three", "four");
        assertThat(slugs(similar.similarTo("one", 5))).startsWith("three", "two").contains("four");
    }

    @Test
    void an_update_before_any_load_loads_first() {
        write(redis("one", DAY), redis("two", DAY));
        assertThat(similar.update(List.of(), List.of(), WEIGHTS, 5)).containsExactlyInAnyOrder("one", "two");
        assertThat(slugs(similar.similarTo("two", 5))).containsExactly("one");
    }

    private void write(Post... posts) {
        corpus.store.apply(List.of(posts), List.of());
    }

    private static Post redis(String slug, LocalDate date) {
        return Posts.post(slug, "redis eviction notes", date, "caching", List.of("redis"), List.of("redis-cli"),
                List.of("caching"), "maxmemory policies and eviction under load");
    }

    private static Post post(String slug, String topic, List<String> stack) {
        return Posts.post(slug, slug, DAY, topic, stack, List.of(), List.of(), "");
    }

    private static List<String> slugs(List<PostSummary> posts) {
        return posts.stream().map(PostSummary::slug).toList();
    }
}
