package dev.alphanode.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Zola's {@code [taxonomies]} tags and categories are the post's tags and categories, after the top-level ones. */
class ZolaTaxonomiesTest {

    private static Post parse(String frontMatter) {
        String text = "+++\ntitle = \"T\"\ndate = 2023-05-06\n" + frontMatter + "+++\nBody.\n";
        ParseResult result = new PostParser().parse("posts/t.md", text.getBytes(StandardCharsets.UTF_8));
        assertThat(result.problems()).isEmpty();
        return result.post().orElseThrow();
    }

    @Test
    void taxonomy_tags_and_categories_follow_the_top_level_ones_each_name_once() {
        Post post = parse("tags = [\"rust\", \"notes\"]\ncategories = [\"dev\"]\n"
                + "[taxonomies]\ntags = [\"notes\", \"  cli  \", \"\"]\ncategories = [\"dev\", \"tools\"]\n");

        assertThat(post.tags()).containsExactly("rust", "notes", "cli");
        assertThat(post.categories()).containsExactly("dev", "tools");
    }

    @Test
    void a_taxonomy_that_is_not_a_list_of_names_lists_nothing_and_stays_shown() {
        Post post = parse("[taxonomies]\ntags = \"one\"\ncategories = [1, [\"x\"]]\nauthors = [\"Ada\"]\n");

        assertThat(post.tags()).isEmpty();
        assertThat(post.categories()).isEmpty();
        assertThat(post.meta().get("taxonomies")).isEqualTo(java.util.Map.of("tags", "one",
                "categories", List.of(1L, List.of("x")), "authors", List.of("Ada")));
    }
}
