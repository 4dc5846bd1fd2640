package dev.alphanode.pages;

import dev.alphanode.content.Post;
import dev.alphanode.content.PostDate;
import dev.alphanode.discovery.BaseUrl;
import dev.alphanode.discovery.JsonLd;
import dev.alphanode.render.HeadView;
import dev.alphanode.render.Link;
import dev.alphanode.render.SiteView;
import dev.alphanode.route.Route;
import dev.alphanode.store.Listing;
import dev.alphanode.store.Taxonomy;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The head of each kind of page: link metadata (canonical, OpenGraph, Twitter card), JSON-LD and feed links. */
final class Heads {
    private final BaseUrl base;
    private final URI baseUrl;

    Heads(BaseUrl base, URI baseUrl) {
        this.base = base;
        this.baseUrl = baseUrl;
    }

    /** A post: an article with its first image, and a {@code BlogPosting}. */
    HeadView post(SiteView site, Post post, String route) {
        String description = post.summary().orElse(site.description());
        Optional<String> image = firstImage(post);
        Instant published = post.date().instant();
        Instant modified = post.updated().map(PostDate::instant).orElse(published);
        String jsonLd = JsonLd.blogPosting(new JsonLd.BlogPosting(post.title(), canonical(route), published, modified,
                post.summary(), keywords(post), post.authors(), image));
        return new HeadView(post.title() + " · " + site.title(), description, canonical(route), "article",
                image.orElse(null), jsonLd, List.of(siteFeed(site)));
    }

    /** The home listing: the {@code WebSite} with its {@code SearchAction}. */
    HeadView home(SiteView site, String pageTitle, String route) {
        String jsonLd = JsonLd.website(new JsonLd.WebSite(site.title(), base.absolute("/"),
                Optional.of(site.description()).filter(text -> !text.isBlank()), base.absolute(Route.SEARCH)));
        return new HeadView(pageTitle, site.description(), canonical(route), "website", null, jsonLd, List.of(siteFeed(site)));
    }

    /** A term's listing: a {@code CollectionPage}, and its own feed besides the site's. */
    HeadView listing(SiteView site, String pageTitle, String description, Route.Term route, String heading) {
        String jsonLd = JsonLd.collectionPage(new JsonLd.CollectionPage(heading, canonical(route.path()),
                Optional.of(description), base.absolute("/")));
        Route.Feed feed = new Route.Feed(new Listing(Optional.of(route.taxonomy()), route.slug()));
        return new HeadView(pageTitle, description, canonical(route.path()), "website", null, jsonLd,
                List.of(siteFeed(site), new Link(heading + " · " + site.title(), feed.path())));
    }

    /** Any other page (search, errors, admin): the basics only. */
    HeadView plain(SiteView site, String pageTitle, String description, String canonical) {
        return new HeadView(pageTitle, description.isEmpty() ? site.description() : description, canonical, "website",
                null, null, List.of(siteFeed(site)));
    }

    private String canonical(String route) {
        return baseUrl + route;
    }

    private static Link siteFeed(SiteView site) {
        return new Link(site.title(), new Route.Feed(Listing.HOME).path());
    }

    /** Topic, stacks and tags, as the post spells them, each once. */
    private static List<String> keywords(Post post) {
        LinkedHashSet<String> keywords = new LinkedHashSet<>();
        for (Taxonomy taxonomy : Taxonomy.values()) {
            if (taxonomy.listed()) {
                keywords.addAll(taxonomy.termsOf(post));
            }
        }
        return new ArrayList<>(keywords);
    }

    /** The first of {@code images} ({@code url} of a map, or a plain string), or {@code image}; absolute or site paths only. */
    private Optional<String> firstImage(Post post) {
        Object images = post.meta().get("images");
        Object first = images instanceof List<?> list && !list.isEmpty() ? list.get(0) : post.meta().get("image");
        Object url = first instanceof Map<?, ?> map ? map.get("url") : first;
        if (!(url instanceof String href) || href.isBlank()) {
            return Optional.empty();
        }
        String trimmed = href.strip();
        if (trimmed.startsWith("https://") || trimmed.startsWith("http://")) {
            return Optional.of(trimmed).filter(link -> !link.contains(" ") && !link.contains("\""));
        }
        try {
            return trimmed.startsWith("/") && !trimmed.startsWith("//") ? Optional.of(base.absolute(trimmed)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
