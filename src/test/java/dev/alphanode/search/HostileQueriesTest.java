package dev.alphanode.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Query syntax, control characters and sheer size are only text: no error, a sensible answer. */
class HostileQueriesTest {
    private static SearchIndex index;

    static Stream<String> inputs() {
        return Stream.of("\"", "*", ":", "(", ")", "[", "{", "~", "^", "!", "-", "+", "&&", "||", "/", "\\",
                "AND", "OR", "NOT", "cache AND", "NOT cache", "\"cache", "cache*", "*cache", "cache~2", "title:cache",
                "(cache", "cache)", "cache\\", "field:\"x y\"^3", "%00", "\u0000", "cache\u0000invalidation",
                "\uD800", "\uDC00cache", "\uFEFF", "\u202Ecache", "ｃａｃｈｅ", "кэш", "キャッシュ", "\uD83D\uDE00",
                "<script>alert(1)</script>", "' OR 1=1 --", "cache ".repeat(2000), "x".repeat(10_240),
                "(".repeat(5000));
    }

    @BeforeAll
    static void index() {
        index = Searches.indexOf(
                Posts.post("cache-guide").title("A cache guide").body("How to cache pages and purge them."),
                Posts.post("unicode").title("キャッシュ and кэш").body("Words in other scripts: キャッシュ, кэш."));
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void syntax_and_odd_characters_are_searched_as_text_without_error(String raw) {
        SearchResults results = Searches.search(index, raw);

        assertThat(results.totalHits()).isBetween(0L, 2L);
        assertThat(results.hits()).allSatisfy(hit -> assertThat(SnippetTest.tags(hit.snippet())).allMatch(
                tag -> tag.equals("<mark>") || tag.equals("</mark>")));
    }

    @Test
    void words_around_syntax_characters_still_find_their_posts() {
        for (String raw : new String[] {"\"cache\"", "cache*", "(cache)", "cache AND purge", "cache\\", "+cache",
                "ｃａｃｈｅ", "cache\u0000"}) {
            assertThat(Searches.slugs(index, raw)).as(raw).containsExactly("cache-guide");
        }
    }

    @Test
    void operators_alone_are_common_words_and_find_nothing() {
        for (String raw : new String[] {"AND", "OR", "NOT", "*", "\"", ":", "(", "\\", "%00", "\u0000"}) {
            assertThat(Searches.search(index, raw).hits()).as(raw).isEmpty();
        }
    }

    @Test
    void a_10_kilobyte_query_is_cut_and_still_answers() {
        SearchResults results = Searches.search(index, "cache ".repeat(1700));

        assertThat(results.cut()).isTrue();
        assertThat(Searches.slugs(results)).containsExactly("cache-guide");
    }

    @Test
    void words_in_other_scripts_are_found() {
        assertThat(Searches.slugs(index, "кэш")).containsExactly("unicode");
        assertThat(Searches.slugs(index, "キャッシュ")).containsExactly("unicode");
    }
}
