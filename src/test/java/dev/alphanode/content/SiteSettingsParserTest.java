package dev.alphanode.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.alphanode.content.SiteSettingsParser.SiteSettingsResult;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SiteSettingsParserTest {

    private final SiteSettingsParser parser = new SiteSettingsParser();

    @Test
    void an_empty_file_gives_the_defaults() {
        SiteSettingsResult result = parse("");

        assertThat(result.problems()).isEmpty();
        assertThat(result.settings()).contains(SiteSettings.defaults());
    }

    @Test
    void every_key_is_read() {
        SiteSettingsResult result = parse("""
                title: My site
                description: Notes
                posts_per_page: 20
                similar_posts: 0
                nav:
                  - {title: Home, url: /}
                  - {title: Docs, url: "https://example.com/docs"}
                cache_ttl: 60
                similar_weights: {topic: 1, text: 2.5}
                """);

        assertThat(result.problems()).isEmpty();
        SiteSettings settings = result.settings().orElseThrow();
        assertThat(settings.title()).isEqualTo("My site");
        assertThat(settings.description()).isEqualTo("Notes");
        assertThat(settings.postsPerPage()).isEqualTo(20);
        assertThat(settings.similarPosts()).isZero();
        assertThat(settings.nav()).containsExactly(new SiteSettings.NavItem("Home", "/"),
                new SiteSettings.NavItem("Docs", "https://example.com/docs"));
        assertThat(settings.cacheTtlSeconds()).isEqualTo(60);
        assertThat(settings.similarWeights()).containsExactly(entry("topic", 1.0), entry("stack", 3.0),
                entry("tools", 2.0), entry("tags", 1.0), entry("text", 2.5));
    }

    @Test
    void an_unknown_key_is_a_warning_and_the_settings_still_apply() {
        SiteSettingsResult result = parse("title: Mine\ntheme: dark\n");

        assertThat(result.settings().orElseThrow().title()).isEqualTo("Mine");
        assertThat(result.problems()).extracting(ContentProblem::toString).containsExactly(
                "site.yml:2: warning: unknown key 'theme' (expected one of title, description, posts_per_page,"
                        + " similar_posts, nav, cache_ttl, similar_weights)");
    }

    @Test
    void posts_per_page_out_of_range_is_an_error() {
        SiteSettingsResult result = parse("title: x\nposts_per_page: 500\n");

        assertThat(result.settings()).isEmpty();
        assertThat(lines(result)).containsExactly(
                "site.yml:2: 'posts_per_page' is 500 (expected a whole number from 1 to 100)");
    }

    @Test
    void a_nav_url_that_is_not_a_link_is_an_error() {
        assertThat(lines(parse("nav:\n  - title: Bad\n    url: javascript:alert(1)\n"))).containsExactly(
                "site.yml:3: invalid nav url 'javascript:alert(1)'"
                        + " (expected an http(s) URL or a site path starting with '/')");
    }

    @Test
    void a_weight_above_100_is_an_error() {
        assertThat(lines(parse("similar_weights:\n  tags: 101\n"))).containsExactly(
                "site.yml:2: similar_weights 'tags' is 101 (expected a number from 0 to 100)");
    }

    @Test
    void broken_yaml_is_an_error_at_its_line() {
        assertThat(lines(parse("title: x\nnav: [\n"))).singleElement().asString()
                .startsWith("site.yml:3: invalid YAML: ").endsWith(" (expected valid YAML)");
    }

    private SiteSettingsResult parse(String text) {
        return parser.parse("site.yml", text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> lines(SiteSettingsResult result) {
        return result.problems().stream().map(ContentProblem::toString).toList();
    }
}
