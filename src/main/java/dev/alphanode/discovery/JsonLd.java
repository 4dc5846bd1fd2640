package dev.alphanode.discovery;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * schema.org structured data for pages. Each result is one JSON object meant for the body of a
 * {@code <script type="application/ld+json">} element, written unescaped ({@code th:utext}): {@code <},
 * {@code >} and {@code &} are written as {@code \u003c}, {@code \u003e} and {@code \u0026}, so no text
 * can close the element or open a comment in it.
 */
public final class JsonLd {
    private static final JsonMapper JSON = JsonMapper.builder(new JsonFactoryBuilder()
                    .characterEscapes(new ScriptSafeEscapes())
                    .disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
                    .build())
            .build();
    private static final String CONTEXT = "https://schema.org";
    private static final String SEARCH_TERM = "search_term_string";

    private JsonLd() {
    }

    /** A post's article page; {@code url} is its absolute canonical URL. */
    public record BlogPosting(String headline, String url, Instant published, Instant modified,
                              Optional<String> description, List<String> keywords, List<String> authors,
                              Optional<String> image) {
        public BlogPosting {
            Objects.requireNonNull(headline, "headline");
            AbsoluteUrls.require("BlogPosting url", url);
            Timestamps.requireWritable("BlogPosting datePublished", published);
            Timestamps.requireWritable("BlogPosting dateModified", modified);
            Objects.requireNonNull(description, "description");
            keywords = List.copyOf(keywords);
            authors = List.copyOf(authors);
            image.ifPresent(href -> AbsoluteUrls.require("BlogPosting image", href));
        }
    }

    /**
     * The site, with its search: {@code searchUrl} is the absolute URL of the search page, which takes the
     * query as {@code ?q=}.
     */
    public record WebSite(String name, String url, Optional<String> description, String searchUrl) {
        public WebSite {
            Objects.requireNonNull(name, "name");
            AbsoluteUrls.require("WebSite url", url);
            Objects.requireNonNull(description, "description");
            AbsoluteUrls.require("WebSite search URL", searchUrl);
        }
    }

    /** A listing page (home, topic, stack, tag), part of the site at {@code siteUrl}. */
    public record CollectionPage(String name, String url, Optional<String> description, String siteUrl) {
        public CollectionPage {
            Objects.requireNonNull(name, "name");
            AbsoluteUrls.require("CollectionPage url", url);
            Objects.requireNonNull(description, "description");
            AbsoluteUrls.require("CollectionPage site URL", siteUrl);
        }
    }

    public static String blogPosting(BlogPosting post) {
        ObjectNode json = thing("BlogPosting");
        json.put("headline", post.headline());
        post.description().ifPresent(description -> json.put("description", description));
        json.put("url", post.url());
        json.putObject("mainEntityOfPage").put("@type", "WebPage").put("@id", post.url());
        json.put("datePublished", Timestamps.rfc3339(post.published()));
        json.put("dateModified", Timestamps.rfc3339(post.modified()));
        // One author is an object, as before; several are an array of them.
        if (post.authors().size() == 1) {
            person(json.putObject("author"), post.authors().get(0));
        } else if (!post.authors().isEmpty()) {
            var authors = json.putArray("author");
            post.authors().forEach(name -> person(authors.addObject(), name));
        }
        post.image().ifPresent(image -> json.put("image", image));
        if (!post.keywords().isEmpty()) {
            post.keywords().forEach(json.putArray("keywords")::add);
        }
        return write(json);
    }

    private static void person(ObjectNode node, String name) {
        node.put("@type", "Person").put("name", name);
    }

    public static String website(WebSite site) {
        ObjectNode json = thing("WebSite");
        json.put("name", site.name());
        site.description().ifPresent(description -> json.put("description", description));
        json.put("url", site.url());
        json.putObject("potentialAction")
                .put("@type", "SearchAction")
                .put("target", site.searchUrl() + "?q={" + SEARCH_TERM + "}")
                .put("query-input", "required name=" + SEARCH_TERM);
        return write(json);
    }

    public static String collectionPage(CollectionPage page) {
        ObjectNode json = thing("CollectionPage");
        json.put("name", page.name());
        page.description().ifPresent(description -> json.put("description", description));
        json.put("url", page.url());
        json.putObject("isPartOf").put("@type", "WebSite").put("url", page.siteUrl());
        return write(json);
    }

    private static ObjectNode thing(String type) {
        return JSON.createObjectNode().put("@context", CONTEXT).put("@type", type);
    }

    private static String write(ObjectNode json) {
        try {
            return JSON.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("writing JSON-LD to a string failed", e);
        }
    }

    /** Jackson's JSON escapes plus {@code <}, {@code >} and {@code &}, which HTML reads inside a script element. */
    private static final class ScriptSafeEscapes extends CharacterEscapes {
        private final int[] ascii = standardAsciiEscapesForJSON();

        ScriptSafeEscapes() {
            ascii['<'] = ESCAPE_STANDARD;
            ascii['>'] = ESCAPE_STANDARD;
            ascii['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
