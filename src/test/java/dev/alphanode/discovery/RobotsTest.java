package dev.alphanode.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** robots.txt has one group for every crawler, a line per disallowed path, the sitemap, and refuses paths it cannot carry. */
class RobotsTest {
    private static final String SITEMAP = "https://blog.example.com/sitemap.xml";

    @Test
    void without_disallowed_paths_every_crawler_may_fetch_everything() {
        assertThat(Robots.text(SITEMAP, List.of())).isEqualTo("""
                User-agent: *
                Allow: /

                Sitemap: https://blog.example.com/sitemap.xml
                """);
    }

    @Test
    void each_disallowed_path_gets_a_line_in_the_order_given() {
        assertThat(Robots.text(SITEMAP, List.of("/drafts/", "/search"))).isEqualTo("""
                User-agent: *
                Disallow: /drafts/
                Disallow: /search

                Sitemap: https://blog.example.com/sitemap.xml
                """);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/*.pdf$", "/tags/c++", "/tags/über", "/a%20b"})
    void paths_robots_txt_can_carry_are_kept_as_they_are(String path) {
        assertThat(Robots.text(SITEMAP, List.of(path))).contains("\nDisallow: " + path + "\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "drafts/", " /drafts", "/a b", "/a\u00A0b", "/a#b", "/a\nSitemap: https://evil.example",
            "/a\r", "/a\tb", "/a\u0000", "/a\u007F", "/a\u0085", "/a\uD800"})
    void a_path_robots_txt_cannot_carry_is_refused_with_a_one_line_message(String path) {
        assertThatThrownBy(() -> Robots.text(SITEMAP, List.of("/ok", path)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("robots_disallow path '")
                .hasMessageContaining("(expected a path starting with /")
                .hasMessageNotContaining("\n").hasMessageNotContaining("\r");
    }

    @Test
    void the_message_names_the_path_and_what_is_wrong() {
        assertThatThrownBy(() -> Robots.requirePath("drafts/"))
                .hasMessage("robots_disallow path 'drafts/' does not start with / (expected a path starting with / "
                        + "without spaces, '#' or control characters, such as /drafts/)");
        assertThatThrownBy(() -> Robots.requirePath("/a\nb")).hasMessageContaining("'/a\\u000ab' holds a control character");
        assertThatThrownBy(() -> Robots.requirePath(null)).hasMessageContaining("'null' does not start with /");
    }

    @Test
    void the_sitemap_must_be_an_absolute_url() {
        assertThatThrownBy(() -> Robots.text("/sitemap.xml", List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'/sitemap.xml'");
        assertThatThrownBy(() -> Robots.text(SITEMAP + "\nDisallow: /", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
