package dev.alphanode.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alphanode.TestSite;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile front matter and Markdown reach readers only as inert text. */
class EscapingTest {
    @TempDir
    Path root;
    TestSite site;
    String html;

    @BeforeEach
    void startSite() throws Exception {
        site = new TestSite(root);
        site.write("posts/evil.md", """
                ---
                title: "<script>alert('title')</script>"
                date: 2025-01-01
                slug: evil
                topic: "<img src=x onerror=alert(1)>"
                summary: "javascript:alert('summary')"
                tags: ["<b>bold</b>"]
                mood: "<script>alert('unknown')</script>"
                payload:
                  link: "javascript:alert('payload')"
                ---
                Hello <script>alert('body')</script> world.

                <img src="x" onerror="alert('img')">

                [click me](javascript:alert('link'))

                <a href="javascript:alert('raw')" onclick="alert('click')">raw link</a>

                <iframe src="https://evil.example"></iframe>
                """);
        site.start();
        html = site.get("/posts/evil").body();
    }

    @AfterEach
    void stopSite() {
        site.close();
    }

    @Test
    void script_tags_in_front_matter_are_escaped() {
        assertThat(html).contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;");
        assertThat(html).doesNotContain("<script>alert('title')", "<script>alert('unknown')", "<b>bold</b>");
    }

    @Test
    void event_handler_attributes_never_reach_the_page() {
        assertThat(html).doesNotContainPattern("<[^>]+\\sonerror=").doesNotContainPattern("<[^>]+\\sonclick=");
        assertThat(html).contains("&lt;img src=x onerror=alert(1)&gt;");
    }

    @Test
    void javascript_urls_are_never_links() {
        assertThat(html).doesNotContainPattern("href=\"\\s*javascript:");
        assertThat(html).contains("click me", "raw link");
    }

    @Test
    void raw_html_in_markdown_is_sanitized() {
        assertThat(html).doesNotContain("<script>alert('body')", "<iframe");
        assertThat(html).contains("Hello", "world.");
    }
}
