package dev.alphanode.route;

import dev.alphanode.store.Listing;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a cached response names in {@code Surrogate-Key} (space-separated) and {@code Cache-Tag}
 * (comma-separated), so a CDN or Varnish in front can be purged as exactly as Redis is: {@code site}
 * (every page), its route (the path: {@code /posts/a}), the listing it shows ({@code listing:/},
 * {@code listing:/tags/java}) and the posts it links to by their route ({@code post:a}: cards,
 * previous/next, similar posts, links in the text). Purges name routes ({@link #route}) or
 * {@link #SITE}; the post and listing keys are for operators ("everything that shows post a").
 * Bounded: past {@link #MAX_KEYS} keys or {@link #MAX_LENGTH} characters the linked posts are left
 * out and the page names the listing they come from instead (the home listing, {@code listing:/},
 * for a post page) — see docs/cache.md, "Keys at the edge".
 */
public record EdgeKeys(List<String> keys, boolean complete) {
    /** Every page of the site: what a site-wide purge names. */
    public static final String SITE = "site";
    public static final int MAX_KEYS = 64;
    public static final int MAX_LENGTH = 2_000;
    private static final String POST = "post:";
    private static final String LISTING = "listing:";
    private static final String HREF = "href=\"";

    public EdgeKeys {
        keys = List.copyOf(keys);
    }

    /** Whether an edge may keep this route's responses: not search pages (no bounded list of URLs to purge). */
    public static boolean edgeCached(Route route) {
        return !(route instanceof Route.Search);
    }

    /** The key of a route's responses: its path. */
    public static String route(String path) {
        return path;
    }

    public static String post(String slug) {
        return POST + slug;
    }

    public static String listing(Listing listing) {
        return LISTING + Route.of(listing, 1).path();
    }

    /**
     * The keys of {@code document} (UTF-8), served at {@code route}: links to posts are read from its
     * {@code href}s, site-relative or under {@code baseUrl} (feeds link absolutely).
     */
    public static EdgeKeys of(Route route, byte[] document, String baseUrl) {
        Set<String> named = new LinkedHashSet<>(List.of(SITE, route(route.path())));
        Optional<Listing> listing = listingOf(route);
        listing.ifPresent(shown -> named.add(listing(shown)));
        if (route instanceof Route.Post post) {
            named.add(post(post.slug()));
        }
        Set<String> all = new LinkedHashSet<>(named);
        if (!(route instanceof Route.Sitemap)) {
            all.addAll(linkedPosts(document, baseUrl));
        }
        if (all.size() <= MAX_KEYS && String.join(" ", all).length() <= MAX_LENGTH) {
            return new EdgeKeys(new ArrayList<>(all), true);
        }
        named.add(listing(listing.orElse(Listing.HOME)));
        return new EdgeKeys(new ArrayList<>(named), false);
    }

    /** The listing a route shows: a listing page's, a feed's; the sitemap shows every post (the home listing). */
    private static Optional<Listing> listingOf(Route route) {
        if (route instanceof Route.Home) {
            return Optional.of(Listing.HOME);
        }
        if (route instanceof Route.Term term) {
            return Optional.of(new Listing(Optional.of(term.taxonomy()), term.slug()));
        }
        if (route instanceof Route.Feed feed) {
            return Optional.of(feed.listing());
        }
        return route instanceof Route.Sitemap ? Optional.of(Listing.HOME) : Optional.empty();
    }

    /**
     * Each {@code href="…"} value, up to its first {@code "}, {@code #} or {@code ?}, that is a post's
     * route. The page is searched as ISO-8859-1 (one char per byte, a plain copy; the markup searched
     * for is ASCII) and only each link's own bytes are decoded as UTF-8: decoding the whole page took
     * more of an uncached post render than the search.
     */
    private static Set<String> linkedPosts(byte[] document, String baseUrl) {
        String bytes = new String(document, StandardCharsets.ISO_8859_1);
        Set<String> posts = new LinkedHashSet<>();
        for (int at = bytes.indexOf(HREF); at >= 0; at = bytes.indexOf(HREF, at + 1)) {
            int start = at + HREF.length();
            int end = start;
            while (end < bytes.length() && "\"#?".indexOf(bytes.charAt(end)) < 0) {
                end++;
            }
            if (end == start || end == bytes.length()) {
                continue;
            }
            String link = new String(document, start, end - start, StandardCharsets.UTF_8);
            String path = link.startsWith(baseUrl + "/") ? link.substring(baseUrl.length()) : link;
            if (path.startsWith(Route.POSTS)) {
                Route.parse(path).filter(Route.Post.class::isInstance)
                        .ifPresent(post -> posts.add(post(((Route.Post) post).slug())));
            }
        }
        return posts;
    }

    /** The {@code Surrogate-Key} value (Fastly, Varnish xkey, Akamai). */
    public String surrogateKey() {
        return String.join(" ", keys);
    }

    /** The {@code Cache-Tag} value (Cloudflare and others). */
    public String cacheTag() {
        return String.join(",", keys);
    }
}
