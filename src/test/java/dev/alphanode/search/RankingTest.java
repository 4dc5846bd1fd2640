package dev.alphanode.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RankingTest {
    private static final String CACHE_TALK = "We cache the page. The cache is warm; a cold cache is slow, "
            + "so we cache again. Cache, cache, cache.";

    @Test
    void a_title_match_ranks_above_a_body_only_match() {
        try (SearchIndex index = Searches.indexOf(
                Posts.post("body-only").date(Posts.DAY.plusDays(1)).body(CACHE_TALK),
                Posts.post("in-title").title("Cache for beginners").body("Start small."))) {
            assertThat(Searches.slugs(index, "cache")).containsExactly("in-title", "body-only");
        }
    }

    @Test
    void a_topic_or_tag_match_ranks_above_a_body_only_match() {
        try (SearchIndex index = Searches.indexOf(
                Posts.post("body-only").date(Posts.DAY.plusDays(1)).body("Redis " + CACHE_TALK),
                Posts.post("topic").topic("Redis").body("Start small."),
                Posts.post("tag").date(Posts.DAY.minusDays(1)).tags("redis").body("Start small."))) {
            assertThat(Searches.slugs(index, "redis")).containsExactly("topic", "tag", "body-only");
        }
    }

    @Test
    void a_summary_match_ranks_above_a_body_only_match() {
        try (SearchIndex index = Searches.indexOf(
                Posts.post("body-only").date(Posts.DAY.plusDays(1)).summary("How pages get fast.")
                        .body("Pages get fast when the cache is warm; a cold cache is slow."),
                Posts.post("summary").summary("How the cache works.").body("Start small."))) {
            assertThat(Searches.slugs(index, "cache")).containsExactly("summary", "body-only");
        }
    }

    @Test
    void caching_finds_posts_that_say_cache_or_caches_and_the_other_way_round() {
        try (SearchIndex index = Searches.indexOf(
                Posts.post("cache").body("Put a cache in front."),
                Posts.post("caches").body("Two caches disagree."),
                Posts.post("cached").title("Cached pages"),
                Posts.post("other").body("Queues and workers."))) {
            assertThat(Searches.slugs(index, "caching")).containsExactlyInAnyOrder("cache", "caches", "cached");
            assertThat(Searches.slugs(index, "Caches")).containsExactlyInAnyOrder("cache", "caches", "cached");
        }
    }

    @Test
    void accents_do_not_matter() {
        try (SearchIndex index = Searches.indexOf(Posts.post("cv").title("Un résumé de café"))) {
            assertThat(Searches.slugs(index, "resume cafe")).containsExactly("cv");
            assertThat(Searches.slugs(index, "RÉSUMÉ")).containsExactly("cv");
        }
    }

    @Test
    void when_posts_have_every_word_only_those_are_shown() {
        try (SearchIndex index = Searches.indexOf(
                Posts.post("both").body("Redis behind nginx."),
                Posts.post("redis").title("Redis").body("Redis, Redis, Redis."),
                Posts.post("nginx").body("Nginx only."))) {
            SearchResults results = Searches.search(index, "redis nginx");

            assertThat(Searches.slugs(results)).containsExactly("both");
            assertThat(results.allWords()).isTrue();
        }
    }

    @Test
    void when_no_post_has_every_word_posts_with_more_of_them_come_first() {
        try (SearchIndex index = Searches.indexOf(
                Posts.post("two").body("Redis behind nginx."),
                Posts.post("one").date(Posts.DAY.plusDays(3)).body("Redis alone."),
                Posts.post("none").body("Queues."))) {
            SearchResults results = Searches.search(index, "redis nginx kubernetes");

            assertThat(Searches.slugs(results)).containsExactly("two", "one");
            assertThat(results.allWords()).isFalse();
            assertThat(results.totalHits()).isEqualTo(2);
        }
    }

    @Test
    void equal_matches_go_newest_first_then_by_slug() {
        LocalDate day = Posts.DAY;
        try (SearchIndex index = Searches.indexOf(
                Posts.post("b-old").title("Same words").body("Same body.").date(day),
                Posts.post("c-new").title("Same words").body("Same body.").date(day.plusDays(1)),
                Posts.post("a-old").title("Same words").body("Same body.").date(day))) {
            assertThat(Searches.slugs(index, "same words")).containsExactly("c-new", "a-old", "b-old");
        }
    }

    @Test
    void a_query_of_stop_words_only_finds_nothing() {
        try (SearchIndex index = Searches.indexOf(Posts.post("the").title("The end of it").body("This is the end."))) {
            SearchResults results = Searches.search(index, "the of is");

            assertThat(results.hits()).isEmpty();
            assertThat(results.totalHits()).isZero();
        }
    }
}
