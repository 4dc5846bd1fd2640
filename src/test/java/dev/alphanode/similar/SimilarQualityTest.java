package dev.alphanode.similar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alphanode.content.Post;
import dev.alphanode.content.SiteSettings;
import dev.alphanode.content.Slugs;
import dev.alphanode.store.PostSummary;
import dev.alphanode.store.SimilarTables;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Ranking quality on a generated corpus whose clusters (topic x stack) are known. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SimilarQualityTest {
    private static final Map<String, Double> WEIGHTS = SiteSettings.DEFAULT_SIMILAR_WEIGHTS;
    private static final int K = 5;

    TestCorpus corpus;
    SimilarPosts similar;
    Set<String> firstBuild;
    Map<String, Post> posts = new HashMap<>();

    @BeforeAll
    void importAndRank(@TempDir Path root) throws Exception {
        corpus = TestCorpus.generated(root, 42, 1000);
        similar = new SimilarPosts(corpus.db);
        firstBuild = similar.rebuild(WEIGHTS, K);
        corpus.slugs("").forEach(slug -> posts.put(slug, corpus.store.findBySlug(slug).orElseThrow()));
    }

    @AfterAll
    void close() {
        corpus.close();
    }

    @Test
    void the_five_nearest_posts_share_the_topic_and_stack_of_the_post() {
        Map<String, Integer> clusterSizes = new HashMap<>();
        published().forEach(post -> clusterSizes.merge(cluster(post), 1, Integer::sum));
        double sum = 0;
        int ranked = 0;
        for (Post post : published()) {
            if (clusterSizes.get(cluster(post)) - 1 >= K) {
                List<PostSummary> list = similar.similarTo(post.slug(), K);
                sum += list.stream().filter(n -> cluster(posts.get(n.slug())).equals(cluster(post))).count() / (double) K;
                ranked++;
            }
        }
        assertThat(ranked).isGreaterThan(700);
        assertThat(sum / ranked).as("precision@5").isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void an_old_post_lists_newer_posts_too() {
        Post oldest = published().stream().min((a, b) -> a.date().instant().compareTo(b.date().instant())).orElseThrow();
        List<PostSummary> list = similar.similarTo(oldest.slug(), K);
        assertThat(list).hasSize(K).allSatisfy(n -> assertThat(n.date().instant()).isAfter(oldest.date().instant()));
        long listsWithNewer = published().stream().filter(post -> similar.similarTo(post.slug(), K).stream()
                .anyMatch(n -> n.date().instant().isAfter(post.date().instant()))).count();
        assertThat(listsWithNewer).isGreaterThan(published().size() / 2);
    }

    @Test
    void a_list_never_holds_the_post_itself_nor_a_draft_and_a_draft_has_no_list() {
        for (Post post : posts.values()) {
            List<PostSummary> list = similar.similarTo(post.slug(), K);
            if (post.draft()) {
                assertThat(list).isEmpty();
            } else {
                assertThat(list).hasSize(K).noneMatch(n -> n.slug().equals(post.slug()) || posts.get(n.slug()).draft());
            }
        }
        assertThat(similar.similarTo("no-such-post", K)).isEmpty();
    }

    @Test
    void the_first_build_reports_every_published_post_and_a_second_build_reports_none() {
        assertThat(firstBuild).hasSize(published().size());
        Map<String, List<Neighbour>> before = new ListStore(new SimilarTables(corpus.db)).readAll();
        assertThat(similar.rebuild(WEIGHTS, K)).isEmpty();
        assertThat(new ListStore(new SimilarTables(corpus.db)).readAll()).isEqualTo(before);
    }

    @Test
    void a_restarted_engine_loads_the_stored_lists_without_changing_any() {
        Map<String, List<Neighbour>> before = new ListStore(new SimilarTables(corpus.db)).readAll();
        SimilarPosts restarted = new SimilarPosts(corpus.db);
        assertThat(restarted.load(WEIGHTS, K)).isEmpty();
        assertThat(new ListStore(new SimilarTables(corpus.db)).readAll()).isEqualTo(before);
        String slug = published().get(0).slug();
        assertThat(restarted.explain(slug, K)).isEqualTo(similar.explain(slug, K));
    }

    @Test
    void the_lists_equal_a_recompute_that_scores_every_pair() {
        assertThat(new ListStore(new SimilarTables(corpus.db)).readAll())
                .isEqualTo(Reference.lists(corpus.db, Tuning.DEFAULTS, Weights.of(WEIGHTS), K));
    }

    @Test
    void an_explanation_gives_parts_that_add_up_to_the_score_and_what_the_posts_share() {
        Post post = published().get(0);
        List<Explanation> explained = similar.explain(post.slug(), K);
        assertThat(explained).extracting(Explanation::slug)
                .isEqualTo(similar.similarTo(post.slug(), K).stream().map(PostSummary::slug).toList());
        for (Explanation e : explained) {
            assertThat(e.topic() + e.stack() + e.tools() + e.tags() + e.text()).isEqualTo(e.score());
            assertThat(e.sharedTerms()).isNotEmpty();
            assertThat(e.title()).isEqualTo(posts.get(e.slug()).title());
        }
        assertThat(explained.get(0).sharedTerms()).contains("topic/" + Slugs.slugify(post.topic().orElseThrow()));
    }

    private List<Post> published() {
        return posts.values().stream().filter(post -> !post.draft())
                .sorted((a, b) -> a.slug().compareTo(b.slug())).toList();
    }

    private static String cluster(Post post) {
        return post.topic().orElse("") + " x " + post.stack().get(0);
    }
}
