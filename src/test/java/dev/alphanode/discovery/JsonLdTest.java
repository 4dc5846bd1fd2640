package dev.alphanode.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.alphanode.discovery.JsonLd.BlogPosting;
import dev.alphanode.discovery.JsonLd.CollectionPage;
import dev.alphanode.discovery.JsonLd.WebSite;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** JSON-LD reads back with Jackson to what was given, and no text can end the script element it is embedded in. */
class JsonLdTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final BaseUrl BASE = new BaseUrl("https://blog.example.com");

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    private static BlogPosting posting(String headline) {
        return new BlogPosting(headline, BASE.absolute("/posts/a"), Instant.parse("2024-05-06T00:00:00Z"),
                Instant.parse("2024-05-07T08:30:00.5Z"), Optional.of("A summary"), List.of("redis", "java, jvm"),
                List.of("Ada Lovelace"), Optional.of(BASE.absolute("/media/a.png")));
    }

    @Test
    void a_blog_posting_reads_back_with_every_field() {
        JsonNode json = read(JsonLd.blogPosting(posting("Caching with Redis")));

        assertThat(json).isEqualTo(read("""
                {"@context": "https://schema.org", "@type": "BlogPosting",
                 "headline": "Caching with Redis", "description": "A summary",
                 "url": "https://blog.example.com/posts/a",
                 "mainEntityOfPage": {"@type": "WebPage", "@id": "https://blog.example.com/posts/a"},
                 "datePublished": "2024-05-06T00:00:00Z", "dateModified": "2024-05-07T08:30:00Z",
                 "author": {"@type": "Person", "name": "Ada Lovelace"},
                 "image": "https://blog.example.com/media/a.png",
                 "keywords": ["redis", "java, jvm"]}
                """));
    }

    @Test
    void a_blog_posting_without_optional_fields_leaves_them_out() {
        var bare = new BlogPosting("Bare", BASE.absolute("/posts/bare"), Instant.EPOCH, Instant.EPOCH, Optional.empty(),
                List.of(), List.of(), Optional.empty());

        JsonNode json = read(JsonLd.blogPosting(bare));

        assertThat(json.fieldNames()).toIterable().containsExactly("@context", "@type", "headline", "url",
                "mainEntityOfPage", "datePublished", "dateModified");
    }

    @Test
    void a_title_that_closes_the_script_element_is_written_without_markup_characters_and_reads_back_the_same() {
        String title = "</script><script>alert(1)</script> <!-- Tom & \"Jerry\" \u2028";

        String written = JsonLd.blogPosting(posting(title));

        assertThat(written).doesNotContain("<", ">", "&");
        assertThat(written).contains("\\u003c/script\\u003e", "\\u0026");
        assertThat(read(written).get("headline").asText()).isEqualTo(title);
    }

    @Test
    void the_website_offers_its_search_as_a_search_action() {
        var site = new WebSite("Alpha <Node>", BASE.absolute("/"), Optional.of("Notes on code"), BASE.absolute("/search"));

        JsonNode json = read(JsonLd.website(site));

        assertThat(json).isEqualTo(read("""
                {"@context": "https://schema.org", "@type": "WebSite", "name": "Alpha <Node>",
                 "description": "Notes on code", "url": "https://blog.example.com/",
                 "potentialAction": {"@type": "SearchAction",
                   "target": "https://blog.example.com/search?q={search_term_string}",
                   "query-input": "required name=search_term_string"}}
                """));
    }

    @Test
    void a_listing_is_a_collection_page_of_the_site() {
        var listing = new CollectionPage("Topic: Redis", BASE.absolute("/topics/redis"), Optional.empty(), BASE.absolute("/"));

        JsonNode json = read(JsonLd.collectionPage(listing));

        assertThat(json).isEqualTo(read("""
                {"@context": "https://schema.org", "@type": "CollectionPage", "name": "Topic: Redis",
                 "url": "https://blog.example.com/topics/redis",
                 "isPartOf": {"@type": "WebSite", "url": "https://blog.example.com/"}}
                """));
    }

    @Test
    void relative_urls_are_refused_when_the_value_is_built() {
        assertThatThrownBy(() -> new BlogPosting("A", "/posts/a", Instant.EPOCH, Instant.EPOCH, Optional.empty(),
                List.of(), List.of(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("BlogPosting url");
        assertThatThrownBy(() -> new BlogPosting("A", BASE.absolute("/posts/a"), Instant.EPOCH, Instant.EPOCH,
                Optional.empty(), List.of(), List.of(), Optional.of("a.png")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("BlogPosting image");
    }
}
