package dev.alphanode.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.alphanode.store.Listing;
import dev.alphanode.store.Taxonomy;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Route is the one spelling of page paths: parse and path are inverse on canonical paths. */
class RouteTest {
    @ParameterizedTest
    @CsvSource({
            "/, /",
            "/page/2, /page/{n}",
            "/page/9999999, /page/{n}",
            "/posts/a-b-1, /posts/{slug}",
            "/topics/redis, /topics/{slug}",
            "/stacks/java/page/3, /stacks/{slug}/page/{n}",
            "/tags/x, /tags/{slug}",
            "/tags/x/page/2, /tags/{slug}/page/{n}",
            "/feed.xml, /feed.xml",
            "/topics/redis/feed.xml, /topics/{slug}/feed.xml",
            "/tags/x/feed.xml, /tags/{slug}/feed.xml",
            "/sitemap.xml, /sitemap.xml",
            "/sitemap-2.xml, /sitemap-{n}.xml",
            "/robots.txt, /robots.txt",
            "/search, /search"})
    void a_canonical_path_parses_to_a_route_with_that_path_and_its_template(String path, String template) {
        Route route = Route.parse(path).orElseThrow();
        assertThat(route.path()).isEqualTo(path);
        assertThat(route.template()).isEqualTo(template);
        assertThat(Route.templates()).contains(template);
    }

    @ParameterizedTest
    @CsvSource({"/page/1, /", "/tags/x/page/1, /tags/x", "/topics/a/page/1, /topics/a"})
    void a_first_page_spelled_with_its_number_parses_to_the_canonical_route(String path, String canonical) {
        assertThat(Route.parse(path).map(Route::path)).hasValue(canonical);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/page/0", "/page/01", "/page/10000000", "/page/x", "/posts/", "/posts/A",
            "/posts/a/b", "/posts/a_b", "/tools/redis", "/tags/", "/tags/x/page/", "/tags/x/page/0", "/tags/x/y",
            "/media/a.png", "/tags/x/page/2/feed.xml", "/tools/x/feed.xml", "/tags/X/feed.xml", "/posts/a/feed.xml",
            "/sitemap-0.xml", "/sitemap-01.xml", "/sitemap-50001.xml", "/sitemap-.xml", "/sitemap-x.xml", "/robots.txt/",
            "/sitemap-1.xml/", "/sitemap-1.XML", "/sitemap-1234567890.xml", "/posts/sitemap-1.xml"})
    void a_path_that_names_no_page_route_parses_to_nothing(String path) {
        assertThat(Route.parse(path)).isEmpty();
    }

    @Test
    void a_slug_of_101_characters_is_no_route_and_cannot_be_built() {
        assertThat(Route.parse("/posts/" + "a".repeat(100))).isPresent();
        assertThat(Route.parse("/posts/" + "a".repeat(101))).isEmpty();
        assertThatThrownBy(() -> new Route.Post("a".repeat(101))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void documents_say_their_content_type_and_stand_outside_the_page_skeleton() {
        assertThat(Route.parse("/feed.xml").orElseThrow().contentType()).isEqualTo("application/atom+xml;charset=utf-8");
        assertThat(Route.parse("/sitemap.xml").orElseThrow().contentType()).isEqualTo("application/xml;charset=utf-8");
        assertThat(Route.parse("/robots.txt").orElseThrow().contentType()).isEqualTo("text/plain;charset=utf-8");
        assertThat(Route.parse("/tags/x/feed.xml").orElseThrow().inSkeleton()).isFalse();
        assertThat(Route.parse("/tags/x").orElseThrow().contentType()).isEqualTo("text/html;charset=utf-8");
        assertThat(Route.parse("/search").orElseThrow().inSkeleton()).isTrue();
    }

    @Test
    void a_search_reads_its_query_normalised_and_spells_it_back_canonically() {
        java.util.Map<String, String> query = java.util.Map.of("q", "  Cache   Eviction ", "tag", "Redis", "page", "2");
        Route route = Route.parse("/search", query::get).orElseThrow();

        assertThat(route.path()).isEqualTo("/search?q=Cache+Eviction&tag=redis&page=2");
        assertThat(route.spelledAs("/search")).isTrue();
        assertThat(Route.parse("/search", java.util.Map.of("q", "x", "page", "zero")::get).orElseThrow().path())
                .isEqualTo("/search?q=x");
        assertThat(Route.parse("/search").orElseThrow().path()).isEqualTo("/search");
    }

    @Test
    void a_feed_follows_its_listing() {
        Route.Feed feed = new Route.Feed(new Listing(Optional.of(Taxonomy.TAG), "x"));
        assertThat(feed.page().path()).isEqualTo("/tags/x");
        assertThat(new Route.Feed(Listing.HOME).page().path()).isEqualTo("/");
        assertThatThrownBy(() -> new Route.Feed(new Listing(Optional.of(Taxonomy.TOOL), "x")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void listings_map_to_home_and_term_routes() {
        assertThat(Route.of(Listing.HOME, 1).path()).isEqualTo("/");
        assertThat(Route.of(Listing.HOME, 4).path()).isEqualTo("/page/4");
        assertThat(Route.of(new Listing(Optional.of(Taxonomy.STACK), "redis-caching"), 2).path())
                .isEqualTo("/stacks/redis-caching/page/2");
        assertThatThrownBy(() -> Route.term(Taxonomy.TOOL, "redis")).isInstanceOf(IllegalArgumentException.class);
    }
}
