package dev.alphanode.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SnippetTest {
    private static final Pattern TAG = Pattern.compile("<[^>]*>?");

    static List<String> tags(Snippet snippet) {
        return TAG.matcher(snippet.html()).results().map(match -> match.group()).toList();
    }

    /** What a reader sees: tags gone, entities decoded. */
    static String visible(Snippet snippet) {
        return TAG.matcher(snippet.html()).replaceAll("").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }

    private static Snippet snippetFor(Posts post, String q) {
        try (SearchIndex index = Searches.indexOf(post)) {
            return Searches.search(index, q).hits().get(0).snippet();
        }
    }

    @Test
    void the_matched_words_are_marked_and_nothing_else() {
        Snippet snippet = snippetFor(Posts.post("p").body("Warm the cache before a release. Caching helps."),
                "caching");

        assertThat(snippet.html()).isEqualTo("Warm the <mark>cache</mark> before a release. <mark>Caching</mark> helps.");
    }

    @Test
    void markdown_syntax_does_not_show_in_the_snippet() {
        Snippet snippet = snippetFor(Posts.post("p").body("""
                ## Purge **the** cache

                Use [the purge route](https://example.com/purge) and `curl -X PURGE`:

                ```sh
                curl -X PURGE /cache
                ```
                """), "purge");

        assertThat(visible(snippet)).contains("Purge the cache", "Use the purge route and curl -X PURGE")
                .doesNotContain("##", "**", "](", "https://", "```", "`");
    }

    @Test
    void html_in_a_body_is_escaped_and_raw_html_blocks_are_left_out() {
        Snippet snippet = snippetFor(Posts.post("p").body("""
                Never echo `<script>alert(1)</script>` into a page & never trust "quotes".

                <script>alert(2)</script>

                <img src=x onerror="alert(3)">
                """), "alert");

        assertThat(tags(snippet)).containsOnly("<mark>", "</mark>");
        assertThat(snippet.html()).contains("&lt;script&gt;<mark>alert</mark>(1)&lt;/script&gt;", "&amp; never",
                "&quot;quotes&quot;").doesNotContain("alert(2)", "onerror");
    }

    @Test
    void a_script_query_gives_escaped_snippets_with_only_mark_tags() {
        try (SearchIndex index = Searches.indexOf(
                Posts.post("xss").title("Escaping <script> tags").body("A <b>bold</b> claim: <script> must be escaped."),
                Posts.post("alert").body("Use `alert(1)` to test & see."))) {
            SearchResults results = Searches.search(index, "<script>alert(1)</script>");

            assertThat(results.hits()).isNotEmpty().allSatisfy(hit -> {
                assertThat(tags(hit.snippet())).allMatch(tag -> tag.equals("<mark>") || tag.equals("</mark>"));
                assertThat(hit.snippet().html()).doesNotContain("<script", "<b>");
            });
        }
    }

    @Test
    void a_match_deep_in_a_long_body_gives_a_snippet_of_about_two_hundred_characters_around_it() {
        String filler = "Plain words about queues and workers fill this sentence up. ".repeat(40);
        Snippet snippet = snippetFor(Posts.post("p").body(filler + "Here the needle sits in its sentence. " + filler),
                "needle");

        String visible = visible(snippet);
        assertThat(visible.length()).isBetween(160, 245);
        assertThat(visible).startsWith("\u2026").endsWith("\u2026").contains("Here the needle sits");
        assertThat(tags(snippet)).containsExactly("<mark>", "</mark>");
    }

    @Test
    void a_match_in_a_very_long_sentence_starts_the_snippet_shortly_before_it() {
        String words = "word ".repeat(300);
        Snippet snippet = snippetFor(Posts.post("p").body(words + "needle " + words), "needle");

        String visible = visible(snippet);
        assertThat(visible.indexOf("needle")).isBetween(40, 70);
        assertThat(visible.length()).isBetween(160, 245);
    }

    @Test
    void a_title_only_hit_shows_the_summary_escaped() {
        Snippet snippet = snippetFor(Posts.post("p").title("Kubernetes notes").summary("Pods & <nodes>, briefly.")
                .body("Nothing here."), "kubernetes");

        assertThat(snippet.html()).isEqualTo("Pods &amp; &lt;nodes&gt;, briefly.");
    }

    @Test
    void a_title_only_hit_without_a_summary_shows_the_start_of_the_body() {
        String body = "# Intro\n\nThe *first* words of the body. " + "More words follow here. ".repeat(30);
        Snippet snippet = snippetFor(Posts.post("p").title("Kubernetes notes").body(body), "kubernetes");

        assertThat(visible(snippet)).startsWith("Intro The first words of the body.").endsWith("\u2026");
        assertThat(visible(snippet).length()).isLessThanOrEqualTo(Snippets.LENGTH + 1);
        assertThat(tags(snippet)).isEmpty();
    }
}
