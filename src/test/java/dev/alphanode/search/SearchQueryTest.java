package dev.alphanode.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SearchQueryTest {

    @Test
    void control_characters_are_dropped_and_whitespace_collapsed_and_trimmed() {
        SearchQuery query = Searches.query(" \tCache\u0000  Invalidation\n\u00a0with\u0007 Redis  ");

        assertThat(query.text()).isEqualTo("Cache Invalidation with Redis");
        assertThat(query.normalised()).isEqualTo("cache invalidation with redis");
        assertThat(query.cut()).isFalse();
    }

    @Test
    void queries_that_differ_only_in_case_and_spacing_share_one_identity() {
        SearchQuery a = Searches.query("Redis   CACHING");
        SearchQuery b = Searches.query("redis caching ");

        assertThat(a.normalised()).isEqualTo(b.normalised());
        assertThat(a.key()).isEqualTo(b.key());
        assertThat(a.key()).isNotEqualTo(SearchQuery.parse("redis caching", Optional.empty(), Optional.empty(),
                Optional.empty(), 2).key());
        assertThat(a.key()).isNotEqualTo(SearchQuery.parse("redis caching", Optional.of("redis"), Optional.empty(),
                Optional.empty(), 1).key());
    }

    @Test
    void a_query_longer_than_200_characters_is_cut_to_200_and_says_so() {
        SearchQuery longer = Searches.query("cache ".repeat(50));
        SearchQuery exactly = Searches.query("x".repeat(200));

        assertThat(longer.cut()).isTrue();
        assertThat(longer.text().length()).isLessThanOrEqualTo(SearchQuery.MAX_CHARS);
        assertThat(longer.text()).startsWith("cache cache").doesNotEndWith(" ");
        assertThat(exactly.cut()).isFalse();
        assertThat(exactly.text()).hasSize(200);
    }

    @Test
    void the_cut_counts_characters_and_never_splits_one() {
        SearchQuery query = Searches.query("a".repeat(199) + "\uD83D\uDE00\uD83D\uDE00");

        assertThat(query.cut()).isTrue();
        assertThat(query.text()).isEqualTo("a".repeat(199) + "\uD83D\uDE00");
    }

    @Test
    void only_spaces_and_control_characters_leave_an_empty_query() {
        assertThat(Searches.query(" \u0000\t\n\u0001 ").isEmpty()).isTrue();
        assertThat(Searches.query(null).isEmpty()).isTrue();
        assertThat(Searches.query("%00").isEmpty()).isFalse();
    }

    @Test
    void percent_escapes_stay_literal_text() {
        assertThat(Searches.query("%00 %3Cscript%3E").text()).isEqualTo("%00 %3Cscript%3E");
    }

    @Test
    void filters_become_taxonomy_slugs_and_unusable_ones_are_dropped() {
        SearchQuery query = SearchQuery.parse("x", Optional.of("Redis Caching"), Optional.of("???"), null, 0);

        assertThat(query.topic()).contains("redis-caching");
        assertThat(query.stack()).isEmpty();
        assertThat(query.tag()).isEmpty();
        assertThat(query.page()).isEqualTo(1);
    }

    static Stream<String> hostile() {
        return HostileQueriesTest.inputs();
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void any_input_parses_into_clean_text(String raw) {
        assertThatCode(() -> Searches.query(raw)).doesNotThrowAnyException();
        String text = Searches.query(raw).text();
        assertThat(text.codePoints()).noneMatch(cp -> Character.getType(cp) == Character.CONTROL
                || Character.getType(cp) == Character.SURROGATE);
        assertThat(text).doesNotContain("  ").isEqualTo(text.strip());
        assertThat(text.codePointCount(0, text.length())).isLessThanOrEqualTo(SearchQuery.MAX_CHARS);
    }
}
