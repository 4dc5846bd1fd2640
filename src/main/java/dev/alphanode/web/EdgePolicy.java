package dev.alphanode.web;

import dev.alphanode.cache.PageBody;
import dev.alphanode.content.SiteSettings;
import dev.alphanode.route.EdgeKeys;
import dev.alphanode.route.Route;
import java.util.List;
import java.util.function.Supplier;

/**
 * What a shared response tells an edge cache in front (a CDN, Varnish): how long it may keep the
 * page ({@code s-maxage}, {@code stale-while-revalidate} from site.yml, live) and what the page
 * names ({@link EdgeKeys}). Browsers still revalidate every time ({@code max-age=0, must-revalidate}).
 */
public final class EdgePolicy {
    static final String BROWSERS = "public, max-age=0, must-revalidate";

    private final Supplier<SiteSettings.Edge> settings;
    private final String baseUrl;
    private volatile Lifetime lifetime = new Lifetime(null, BROWSERS);

    /** A Cache-Control value and the settings it was made from: made once per settings, not per request. */
    private record Lifetime(SiteSettings.Edge edge, String cacheControl) {
    }

    public EdgePolicy(Supplier<SiteSettings.Edge> settings, String baseUrl) {
        this.settings = settings;
        this.baseUrl = baseUrl;
    }

    /** The Cache-Control of a shared response at {@code route}. */
    String cacheControl(Route route) {
        if (!EdgeKeys.edgeCached(route)) {
            return BROWSERS;
        }
        SiteSettings.Edge edge = settings.get();
        Lifetime known = lifetime;
        if (!edge.equals(known.edge())) {
            known = new Lifetime(edge, edge.maxAgeSeconds() == 0 ? BROWSERS : BROWSERS + ", s-maxage=" + edge.maxAgeSeconds()
                    + (edge.staleWhileRevalidateSeconds() == 0 ? ""
                    : ", stale-while-revalidate=" + edge.staleWhileRevalidateSeconds()));
            lifetime = known;
        }
        return known.cacheControl();
    }

    /** {@code Surrogate-Key} and {@code Cache-Tag} of the page at {@code route}; none for a route no edge keeps. */
    List<Header> keys(Route route, PageBody body) {
        if (!EdgeKeys.edgeCached(route)) {
            return List.of();
        }
        EdgeKeys keys = body.edgeKeys(page -> EdgeKeys.of(route, page.html(), baseUrl));
        return List.of(new Header("Surrogate-Key", keys.surrogateKey()), new Header("Cache-Tag", keys.cacheTag()));
    }
}
