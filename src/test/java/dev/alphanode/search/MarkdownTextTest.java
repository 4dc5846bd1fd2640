package dev.alphanode.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The text a post's body gives search and snippets: what a reader reads, without Markdown's marks. */
class MarkdownTextTest {
    private final MarkdownText text = new MarkdownText();

    @Test
    void a_heading_loses_its_opening_and_closing_hashes_but_a_hash_inside_a_word_stays() {
        assertThat(text.of("## Tuning the cache ##  \n\nC# and F# #tags")).isEqualTo("Tuning the cache\nC# and F# #tags");
        assertThat(text.of("# Issue #42")).isEqualTo("Issue #42");
        assertThat(text.of("### x #\t")).isEqualTo("x");
    }

    @Test
    void runs_of_any_kind_of_space_become_one_and_line_breaks_are_kept_where_paragraphs_end() {
        assertThat(text.of("one \t two\u00A0\u00A0three\u2003four\u001Cfive\n\nsix")).isEqualTo("one two three four five\nsix");
    }

    @Test
    void inline_marks_go_and_plain_prose_is_left_as_it_is() {
        assertThat(text.of("a *b* [link](http://x) &amp; `co*de` \\_c\\_ | d")).isEqualTo("a b link & co*de _c_ d");
        String plain = "many teams notice the problem only after traffic, content, or deploy frequency increases.";
        assertThat(text.of(plain)).isEqualTo(plain);
    }
}
