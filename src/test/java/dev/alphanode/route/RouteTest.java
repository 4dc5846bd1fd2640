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
            "/tags/x/page/2, /tags/{slug}/page/{n}"})
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
            "/feed.xml", "/media/a.png"})
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
    void listings_map_to_home_and_term_routes() {
        assertThat(Route.of(Listing.HOME, 1).path()).isEqualTo("/");
        assertThat(Route.of(Listing.HOME, 4).path()).isEqualTo("/page/4");
        assertThat(Route.of(new Listing(Optional.of(Taxonomy.STACK), "redis-caching"), 2).path())
                .isEqualTo("/stacks/redis-caching/page/2");
        assertThatThrownBy(() -> Route.term(Taxonomy.TOOL, "redis")).isInstanceOf(IllegalArgumentException.class);
    }
}
