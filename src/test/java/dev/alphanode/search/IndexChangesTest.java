package dev.alphanode.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alphanode.content.PostDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class IndexChangesTest {

    @Test
    void drafts_are_never_returned() {
        try (SearchIndex index = Searches.indexOf(Posts.post("public").title("Redis notes"),
                Posts.post("secret").title("Redis plans").draft())) {
            index.replace(List.of(Posts.post("new-secret").title("Redis secrets").draft().build()), List.of(), "2");

            assertThat(Searches.slugs(index, "redis")).containsExactly("public");
        }
    }

    @Test
    void a_post_turned_draft_by_replace_is_no_longer_found() {
        Posts post = Posts.post("p").title("Redis notes");
        try (SearchIndex index = Searches.indexOf(post)) {
            index.replace(List.of(post.draft().build()), List.of(), "2");

            assertThat(Searches.search(index, "redis").totalHits()).isZero();
        }
    }

    @Test
    void an_edited_post_is_found_by_its_new_words_only() {
        Posts post = Posts.post("p").title("Redis notes");
        try (SearchIndex index = Searches.indexOf(post)) {
            index.replace(List.of(post.title("Postgres notes").build()), List.of(), "2");

            assertThat(Searches.slugs(index, "redis")).isEmpty();
            assertThat(Searches.slugs(index, "postgres")).containsExactly("p");
            assertThat(Searches.search(index, "notes").totalHits()).isEqualTo(1);
        }
    }

    @Test
    void removed_posts_are_no_longer_found_and_the_others_stay() {
        try (SearchIndex index = Searches.indexOf(Posts.post("a").title("Redis a"), Posts.post("b").title("Redis b"))) {
            index.replace(List.of(), List.of("a", "never-indexed"), "2");

            assertThat(Searches.slugs(index, "redis")).containsExactly("b");
        }
    }

    @Test
    void a_slug_removed_and_upserted_in_one_change_stays_with_the_new_post() {
        try (SearchIndex index = Searches.indexOf(Posts.post("a").title("Redis old"))) {
            index.replace(List.of(Posts.post("a").title("Redis moved").build()), List.of("a"), "2");

            assertThat(Searches.search(index, "redis").hits()).extracting(SearchHit::title)
                    .containsExactly("Redis moved");
        }
    }

    @Test
    void a_rebuild_leaves_exactly_the_published_posts_given() {
        try (SearchIndex index = Searches.indexOf(Posts.post("a").title("Redis a"), Posts.post("b").title("Redis b"))) {
            index.rebuild(List.of(Posts.post("c").title("Redis c").build(), Posts.post("d").title("Redis d").draft()
                    .build()), "2");

            assertThat(Searches.slugs(index, "redis")).containsExactly("c");
        }
    }

    @Test
    void a_hit_shows_slug_title_and_date() {
        try (SearchIndex index = Searches.indexOf(Posts.post("p").title("Redis <notes>").date(Posts.DAY))) {
            SearchHit hit = Searches.search(index, "redis").hits().get(0);

            assertThat(hit.slug()).isEqualTo("p");
            assertThat(hit.title()).isEqualTo("Redis <notes>");
            assertThat(hit.date()).isEqualTo(PostDate.of(Posts.DAY));
        }
    }

    @Test
    void pages_split_the_hits_and_report_the_totals() {
        Posts[] posts = IntStream.range(0, 25).mapToObj(i -> Posts.post(String.format("p%02d", i)).title("Redis")
                .date(Posts.DAY.plusDays(i))).toArray(Posts[]::new);
        try (SearchIndex index = Searches.indexOf(posts)) {
            List<String> seen = new ArrayList<>();
            for (int page = 1; page <= 3; page++) {
                SearchResults results = index.search(SearchQuery.parse("redis", Optional.empty(), Optional.empty(),
                        Optional.empty(), page), 10);
                assertThat(results.totalHits()).isEqualTo(25);
                assertThat(results.pageCount()).isEqualTo(3);
                assertThat(results.page()).isEqualTo(page);
                assertThat(results.hits()).hasSize(page < 3 ? 10 : 5);
                assertThat(results.beyondLastPage()).isFalse();
                seen.addAll(Searches.slugs(results));
            }
            SearchResults beyond = index.search(SearchQuery.parse("redis", Optional.empty(), Optional.empty(),
                    Optional.empty(), 4), 10);
            SearchResults far = index.search(SearchQuery.parse("redis", Optional.empty(), Optional.empty(),
                    Optional.empty(), Integer.MAX_VALUE), 10);

            assertThat(seen).hasSize(25).doesNotHaveDuplicates().startsWith("p24", "p23");
            assertThat(beyond.hits()).isEmpty();
            assertThat(beyond.beyondLastPage()).isTrue();
            assertThat(beyond.totalHits()).isEqualTo(25);
            assertThat(far.hits()).isEmpty();
            assertThat(far.beyondLastPage()).isTrue();
        }
    }

    @Test
    void no_hits_is_page_one_of_none_not_a_missing_page() {
        try (SearchIndex index = Searches.indexOf(Posts.post("p").title("Redis"))) {
            SearchResults results = Searches.search(index, "postgres");

            assertThat(results.totalHits()).isZero();
            assertThat(results.pageCount()).isZero();
            assertThat(results.beyondLastPage()).isFalse();
        }
    }

    @Test
    void filters_keep_only_posts_of_that_topic_stack_or_tag() {
        try (SearchIndex index = Searches.indexOf(
                Posts.post("a").title("Cache tips").topic("Redis Caching").stack("PHP APIs", "php").tags("performance"),
                Posts.post("b").title("Cache tips").topic("Nginx Tuning").stack("php").tags("Ops"),
                Posts.post("c").title("Cache tips").topic("Redis Caching").stack("Java").tags("ops"))) {
            assertThat(filtered(index, "Redis Caching", null, null)).containsExactlyInAnyOrder("a", "c");
            assertThat(filtered(index, null, "php", null)).containsExactlyInAnyOrder("a", "b");
            assertThat(filtered(index, null, "php-apis", null)).containsExactly("a");
            assertThat(filtered(index, null, null, "ops")).containsExactlyInAnyOrder("b", "c");
            assertThat(filtered(index, "redis-caching", "java", "ops")).containsExactly("c");
            assertThat(filtered(index, "redis", null, null)).isEmpty();
        }
    }

    @Test
    void a_filter_applies_when_words_match_only_partly_too() {
        try (SearchIndex index = Searches.indexOf(
                Posts.post("a").title("Cache tips").topic("Redis"),
                Posts.post("b").title("Cache tips").topic("Nginx"))) {
            SearchResults results = index.search(SearchQuery.parse("cache kubernetes", Optional.of("nginx"),
                    Optional.empty(), Optional.empty(), 1), 10);

            assertThat(results.allWords()).isFalse();
            assertThat(Searches.slugs(results)).containsExactly("b");
        }
    }

    private static List<String> filtered(SearchIndex index, String topic, String stack, String tag) {
        return Searches.slugs(index.search(SearchQuery.parse("cache", Optional.ofNullable(topic),
                Optional.ofNullable(stack), Optional.ofNullable(tag), 1), 10));
    }
}
