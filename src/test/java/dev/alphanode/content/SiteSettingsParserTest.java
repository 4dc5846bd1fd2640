package dev.alphanode.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.alphanode.content.SiteSettings.FeedContent;
import dev.alphanode.content.SiteSettingsParser.SiteSettingsResult;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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
                feed_size: 5
                feed_content: summary
                robots_disallow: [/drafts/, /search]
                edge_max_age: 3600
                edge_stale_while_revalidate: 0
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
        assertThat(settings.feedSize()).isEqualTo(5);
        assertThat(settings.feedContent()).isEqualTo(FeedContent.SUMMARY);
        assertThat(settings.robotsDisallow()).containsExactly("/drafts/", "/search");
        assertThat(settings.edge()).isEqualTo(new SiteSettings.Edge(3600, 0));
    }

    @Test
    void edge_lifetimes_out_of_range_or_not_numbers_are_errors_naming_the_value_and_the_range() {
        SiteSettingsResult result = parse("title: x\nedge_max_age: -1\nedge_stale_while_revalidate: soon\n");

        assertThat(result.settings()).isEmpty();
        assertThat(result.problems()).extracting(ContentProblem::toString).containsExactly(
                "site.yml:2: 'edge_max_age' is -1 (expected a whole number from 0 to 31536000)",
                "site.yml:3: 'edge_stale_while_revalidate' must be an integer, got 'soon' (expected a whole number"
                        + " from 0 to 86400)");
    }

    static Stream<Arguments> defaults() {
        return Stream.of(
                arguments("feed_size", setting(SiteSettings::feedSize), 20),
                arguments("feed_content", setting(SiteSettings::feedContent), FeedContent.FULL),
                arguments("robots_disallow", setting(SiteSettings::robotsDisallow), List.of()),
                arguments("edge_max_age", setting(settings -> settings.edge().maxAgeSeconds()), 0L),
                arguments("edge_stale_while_revalidate", setting(settings -> settings.edge().staleWhileRevalidateSeconds()),
                        60L));
    }

    @ParameterizedTest(name = "{0} absent or empty is {2}")
    @MethodSource("defaults")
    void an_absent_or_empty_key_takes_its_default(String key, Function<SiteSettings, Object> setting, Object expected) {
        assertThat(setting.apply(SiteSettings.defaults())).isEqualTo(expected);
        SiteSettingsResult empty = parse("title: x\n" + key + ":\n");
        assertThat(empty.problems()).isEmpty();
        assertThat(setting.apply(empty.settings().orElseThrow())).isEqualTo(expected);
    }

    static Stream<Arguments> validValues() {
        return Stream.of(
                arguments("feed_size: 1", setting(SiteSettings::feedSize), 1),
                arguments("feed_size: 100", setting(SiteSettings::feedSize), 100),
                arguments("feed_content: full", setting(SiteSettings::feedContent), FeedContent.FULL),
                arguments("feed_content: summary", setting(SiteSettings::feedContent), FeedContent.SUMMARY),
                arguments("robots_disallow: []", setting(SiteSettings::robotsDisallow), List.of()),
                arguments("robots_disallow: [/]", setting(SiteSettings::robotsDisallow), List.of("/")),
                arguments("robots_disallow:\n  - /admin/\n  -\n  - /a/b?c=d*$",
                        setting(SiteSettings::robotsDisallow), List.of("/admin/", "/a/b?c=d*$")),
                arguments("robots_disallow: [" + paths(100) + "]",
                        setting(settings -> settings.robotsDisallow().size()), 100));
    }

    @ParameterizedTest(name = "{0} is {2}")
    @MethodSource("validValues")
    void a_valid_value_is_taken(String yaml, Function<SiteSettings, Object> setting, Object expected) {
        SiteSettingsResult result = parse(yaml + "\n");

        assertThat(result.problems()).isEmpty();
        assertThat(setting.apply(result.settings().orElseThrow())).isEqualTo(expected);
    }

    static Stream<Arguments> invalidValues() {
        String robotsExpected = " (expected a path starting with / without spaces, '#' or control characters, such as /drafts/)";
        return Stream.of(
                arguments("feed_size: 0", "site.yml:2: 'feed_size' is 0 (expected a whole number from 1 to 100)"),
                arguments("feed_size: 101", "site.yml:2: 'feed_size' is 101 (expected a whole number from 1 to 100)"),
                arguments("feed_size: 2.5",
                        "site.yml:2: 'feed_size' must be an integer, got '2.5' (expected a whole number from 1 to 100)"),
                arguments("feed_size: ten",
                        "site.yml:2: 'feed_size' must be an integer, got 'ten' (expected a whole number from 1 to 100)"),
                arguments("feed_content: partial",
                        "site.yml:2: invalid feed_content 'partial' (expected one of full, summary)"),
                arguments("feed_content: FULL", "site.yml:2: invalid feed_content 'FULL' (expected one of full, summary)"),
                arguments("feed_content: [full]",
                        "site.yml:2: 'feed_content' must be text, got a list (expected a single value)"),
                arguments("robots_disallow: /drafts/",
                        "site.yml:2: 'robots_disallow' must be a list, got text (expected a YAML list, e.g. [a, b])"),
                arguments("robots_disallow: [" + paths(101) + "]",
                        "site.yml:2: 'robots_disallow' has 101 items (expected at most 100 items)"),
                arguments("robots_disallow:\n  - /ok/\n  - drafts/",
                        "site.yml:4: robots_disallow path 'drafts/' does not start with /" + robotsExpected),
                arguments("robots_disallow:\n  - /my drafts/",
                        "site.yml:3: robots_disallow path '/my drafts/' holds a space" + robotsExpected),
                arguments("robots_disallow:\n  - \"/a\\nb\"",
                        "site.yml:3: robots_disallow path '/a\\u000ab' holds a control character" + robotsExpected),
                arguments("robots_disallow:\n  - '/a#b'",
                        "site.yml:3: robots_disallow path '/a#b' holds '#', which starts a comment in robots.txt"
                                + robotsExpected),
                arguments("robots_disallow:\n  - ''",
                        "site.yml:3: robots_disallow path '' does not start with /" + robotsExpected),
                arguments("robots_disallow:\n  - {path: /x}",
                        "site.yml:3: 'robots_disallow' item must be text, got a map (expected a single value)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidValues")
    void an_invalid_value_is_an_error_at_its_line_and_the_file_is_not_applied(String yaml, String problem) {
        SiteSettingsResult result = parse("title: x\n" + yaml + "\n");

        assertThat(result.settings()).isEmpty();
        assertThat(lines(result)).containsExactly(problem);
    }

    @Test
    void every_bad_robots_path_is_reported_and_the_good_ones_are_kept_by_the_reader() {
        var problems = new Problems("site.yml");
        String text = "robots_disallow:\n  - /drafts/\n  - no-slash\n  - /with space\n  - /search\n";
        LineMap lineMap = LineMap.of(text, 1);
        var root = (org.yaml.snakeyaml.nodes.MappingNode) new YamlComposer()
                .compose(text, lineMap, problems, "valid YAML").orElseThrow();
        var fields = Nodes.fields(root, lineMap).stream()
                .collect(Collectors.toMap(Field::key, field -> field));

        SiteSettings settings = new SiteSettingsReader(new FieldReader(problems, lineMap), fields).settings();

        assertThat(settings.robotsDisallow()).containsExactly("/drafts/", "/search");
        assertThat(problems.sorted()).extracting(ContentProblem::line).containsExactly(3, 4);
    }

    @Test
    void an_unknown_key_is_a_warning_and_the_settings_still_apply() {
        SiteSettingsResult result = parse("title: Mine\ntheme: dark\n");

        assertThat(result.settings().orElseThrow().title()).isEqualTo("Mine");
        assertThat(result.problems()).extracting(ContentProblem::toString).containsExactly(
                "site.yml:2: warning: unknown key 'theme' (expected one of title, description, posts_per_page,"
                        + " similar_posts, nav, cache_ttl, similar_weights, feed_size, feed_content, robots_disallow, edge_max_age,"
                        + " edge_stale_while_revalidate)");
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

    private static Function<SiteSettings, Object> setting(Function<SiteSettings, Object> getter) {
        return getter;
    }

    /** {@code n} distinct valid paths, comma-separated. */
    private static String paths(int n) {
        return IntStream.range(0, n).mapToObj(i -> "/p" + i).collect(Collectors.joining(", "));
    }

    private static List<String> lines(SiteSettingsResult result) {
        return result.problems().stream().map(ContentProblem::toString).toList();
    }
}
