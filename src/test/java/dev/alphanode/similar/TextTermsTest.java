package dev.alphanode.similar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextTermsTest {
    private final TextTerms terms = new TextTerms();

    @Test
    void fenced_and_indented_code_is_left_out() {
        String body = """
                Prose about caching.

                ```java
                String insideFence = "secret";
                ```

                ~~~~
                tildeword
                ~~~~

                    indentedword = 1;

                After the code.
                """;
        assertThat(counts(body).keySet()).containsExactlyInAnyOrder("prose", "caching", "code");
    }

    @Test
    void indented_lines_inside_a_list_are_prose() {
        String body = "- first item\n\n    continued listword\n\nplain";
        assertThat(counts(body)).containsKeys("listword", "first", "item", "continued", "plain");
    }

    @Test
    void an_unclosed_fence_runs_to_the_end_of_the_body() {
        assertThat(counts("kept words\n```\nlost words").keySet()).containsExactlyInAnyOrder("kept", "words");
    }

    @Test
    void link_targets_tags_and_urls_are_skipped_but_link_text_is_kept() {
        String body = "See [the guide](https://example.com/hidden) and ![diagram caption](/media/pic.svg)"
                + " <span class=\"hiddenclass\">spanned</span> https://bare.example/hiddenpath ok";
        assertThat(counts(body).keySet()).containsExactlyInAnyOrder("see", "guide", "diagram", "caption", "spanned");
    }

    @Test
    void terms_are_lower_cased_and_stop_words_short_terms_and_numbers_dropped() {
        assertThat(counts("The Redis TTL is 300 seconds, so we use a cache_key on Zürich servers").keySet())
                .containsExactlyInAnyOrder("redis", "ttl", "seconds", "cache", "key", "zürich", "servers");
    }

    @Test
    void title_terms_count_twice() {
        TermCounts counts = terms.of("Redis eviction", "eviction summary", "redis body");
        assertThat(map(counts)).containsEntry("redis", 3).containsEntry("eviction", 3).containsEntry("summary", 1);
    }

    private Map<String, Integer> counts(String body) {
        return map(terms.of("", "", body));
    }

    private static Map<String, Integer> map(TermCounts counts) {
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < counts.size(); i++) {
            map.put(counts.terms()[i], counts.counts()[i]);
        }
        assertThat(Arrays.stream(counts.counts()).allMatch(count -> count > 0)).isTrue();
        return map;
    }
}
