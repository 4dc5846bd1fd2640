package dev.alphanode.route;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alphanode.store.Listing;
import dev.alphanode.store.Taxonomy;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The keys a page names for the edge stay compact and bounded, whatever the page links to. */
class EdgeKeysTest {
    static final String BASE = "https://example.com";

    static String cards(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> "<h2><a href=\"/posts/post-number-" + i + "\">Post " + i + "</a></h2>")
                .collect(Collectors.joining("\n"));
    }

    /** The keys of a page as the server holds it: UTF-8 bytes. */
    static EdgeKeys of(Route route, String page, String base) {
        return EdgeKeys.of(route, page.getBytes(StandardCharsets.UTF_8), base);
    }

    @Test
    void links_are_read_from_the_utf8_bytes_whatever_text_surrounds_them() {
        String page = "<p>Caf\u00e9 \u00b7 \u2190 na\u00efve \ud83d\ude80</p><a href=\"/posts/caf\u00e9-au-lait\">\u00e9</a>"
                + "<a href=\"/posts/p\u00b7q?x=1\">x</a><a href=\"\">empty</a><a href=\"#top\">top</a><a href=\"/posts/plain\">"
                + "<a href=\"/posts/unterminated";
        EdgeKeys keys = of(new Route.Post("a"), page, BASE);
        java.util.List<String> expected = new java.util.ArrayList<>(java.util.List.of("site", "/posts/a", "post:a"));
        for (String path : java.util.List.of("/posts/caf\u00e9-au-lait", "/posts/p\u00b7q", "/posts/plain")) {
            Route.parse(path).filter(Route.Post.class::isInstance).ifPresent(post -> expected.add("post:" + ((Route.Post) post).slug()));
        }
        assertThat(expected).contains("post:plain");
        assertThat(keys.keys()).containsExactlyElementsOf(expected);
    }

    @Test
    void a_listing_page_names_each_card_once_and_no_other_links() {
        String page = "<a href=\"/\">Home</a><a href=\"/tags/x\">x</a>" + cards(1, 10) + cards(3, 3)
                + "<a href=\"/posts/post-number-2#comments\">again</a><a href=\"/static/css/site.css\">css</a>";
        EdgeKeys keys = of(new Route.Term(Taxonomy.TAG, "x", 2), page, BASE);
        assertThat(keys.complete()).isTrue();
        assertThat(keys.keys()).startsWith("site", "/tags/x/page/2", "listing:/tags/x").hasSize(13)
                .contains("post:post-number-1", "post:post-number-10");
        assertThat(keys.surrogateKey()).isEqualTo(String.join(" ", keys.keys()));
        assertThat(keys.cacheTag()).isEqualTo(String.join(",", keys.keys()));
    }

    @Test
    void absolute_links_under_the_base_url_count_and_others_do_not() {
        String feed = "<link rel=\"alternate\" href=\"https://example.com/posts/a\"/>"
                + "<link rel=\"alternate\" href=\"https://elsewhere.org/posts/b\"/>"
                + "<content type=\"html\">&lt;a href=&quot;/posts/c&quot;&gt;</content>";
        EdgeKeys keys = of(new Route.Feed(Listing.HOME), feed, BASE);
        assertThat(keys.keys()).containsExactly("site", "/feed.xml", "listing:/", "post:a");
    }

    @Test
    void past_the_cap_a_listing_page_names_its_listing_instead_of_its_posts() {
        EdgeKeys keys = of(new Route.Home(1), cards(1, 100), BASE);
        assertThat(keys.complete()).isFalse();
        assertThat(keys.keys()).containsExactly("site", "/", "listing:/");
    }

    @Test
    void past_64_keys_short_slugs_give_way_to_the_listing_too() {
        String shortSlugs = IntStream.rangeClosed(1, 70).mapToObj(i -> "<a href=\"/posts/p" + i + "\">")
                .collect(Collectors.joining());
        EdgeKeys keys = of(new Route.Term(Taxonomy.TAG, "x", 1), shortSlugs, BASE);
        assertThat(keys.complete()).isFalse();
        assertThat(keys.keys()).containsExactly("site", "/tags/x", "listing:/tags/x");
        assertThat(of(new Route.Term(Taxonomy.TAG, "x", 1), shortSlugs.substring(0, shortSlugs.indexOf("p62")),
                BASE).keys()).hasSize(EdgeKeys.MAX_KEYS);
    }

    @Test
    void past_the_length_cap_a_post_page_keeps_its_own_post_and_names_the_home_listing() {
        String longSlugs = IntStream.rangeClosed(1, 30).mapToObj(i -> "<a href=\"/posts/" + "x".repeat(90) + i + "\">")
                .collect(Collectors.joining());
        EdgeKeys keys = of(new Route.Post("a"), longSlugs, BASE);
        assertThat(keys.complete()).isFalse();
        assertThat(keys.keys()).containsExactly("site", "/posts/a", "post:a", "listing:/");
        EdgeKeys under = of(new Route.Post("a"), cards(1, 20), BASE);
        assertThat(under.complete()).isTrue();
        assertThat(under.surrogateKey().length()).isLessThanOrEqualTo(EdgeKeys.MAX_LENGTH);
    }

    @Test
    void a_term_listing_key_is_its_first_page() {
        assertThat(EdgeKeys.listing(new Listing(Optional.of(Taxonomy.STACK), "java"))).isEqualTo("listing:/stacks/java");
        assertThat(EdgeKeys.listing(Listing.HOME)).isEqualTo("listing:/");
        assertThat(EdgeKeys.edgeCached(Route.parse("/search").orElseThrow())).isFalse();
    }
}
