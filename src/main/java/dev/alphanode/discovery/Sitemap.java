package dev.alphanode.discovery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sitemaps (sitemaps.org 0.9). {@code /sitemap.xml} is the urlset itself while the site has at most
 * {@link #MAX_URLS} URLs; beyond that it is a {@link SitemapIndex} of parts {@code /sitemap-1.xml},
 * {@code /sitemap-2.xml}, … made by {@link #split} (their paths are the site's routes'). The result is UTF-8
 * XML text; serve it as {@code application/xml; charset=utf-8}.
 */
public final class Sitemap {
    public static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
    public static final int MAX_URLS = 50_000;
    public static final int MAX_LOC_LENGTH = 2_048;

    private Sitemap() {
    }

    /** One page of the site and, when known, the day it last changed. */
    public record Url(String loc, Optional<LocalDate> lastmod) {
        public Url {
            requireLoc(loc);
            lastmod.ifPresent(date -> Timestamps.requireWritable("sitemap lastmod", date));
        }

        public Url(String loc) {
            this(loc, Optional.empty());
        }
    }

    /** The urlset of at most {@link #MAX_URLS} URLs, in the order given. */
    public static String write(List<Url> urls) {
        if (urls.size() > MAX_URLS) {
            throw new IllegalArgumentException("a sitemap holds at most " + MAX_URLS + " URLs, not " + urls.size()
                    + " (expected Sitemap.split and a SitemapIndex)");
        }
        Xml xml = Xml.document(NAMESPACE, "urlset");
        for (Url url : urls) {
            xml.start("url").element("loc", url.loc());
            url.lastmod().ifPresent(date -> xml.element("lastmod", Timestamps.w3cDate(date)));
            xml.end();
        }
        return xml.finish();
    }

    /** The URLs in parts of at most {@link #MAX_URLS}, in order. */
    public static List<List<Url>> split(List<Url> urls) {
        var parts = new ArrayList<List<Url>>();
        for (int from = 0; from < urls.size(); from += MAX_URLS) {
            parts.add(List.copyOf(urls.subList(from, Math.min(urls.size(), from + MAX_URLS))));
        }
        return List.copyOf(parts);
    }

    static String requireLoc(String loc) {
        AbsoluteUrls.require("sitemap loc", loc);
        if (loc.length() > MAX_LOC_LENGTH) {
            throw new IllegalArgumentException("sitemap loc of " + loc.length() + " characters: '" + loc.substring(0, 100)
                    + "…' (expected at most " + MAX_LOC_LENGTH + ")");
        }
        return loc;
    }
}
