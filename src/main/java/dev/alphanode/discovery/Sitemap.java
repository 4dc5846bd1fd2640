package dev.alphanode.discovery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sitemaps (sitemaps.org 0.9). {@code /sitemap.xml} is the urlset itself while the site has at most
 * {@link #MAX_URLS} URLs; beyond that it is a {@link SitemapIndex} of parts {@code /sitemap-1.xml},
 * {@code /sitemap-2.xml}, … made by {@link #split} and named by {@link #partPath}. The result is UTF-8
 * XML text; serve it as {@code application/xml; charset=utf-8}.
 */
public final class Sitemap {
    public static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
    public static final int MAX_URLS = 50_000;
    public static final int MAX_LOC_LENGTH = 2_048;
    public static final String PATH = "/sitemap.xml";

    private static final Pattern PART_PATH = Pattern.compile("/sitemap-([1-9][0-9]{0,8})\\.xml");

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

    /** The URLs in parts of at most {@link #MAX_URLS}, in order; part {@code n} (from 1) is served at {@link #partPath}. */
    public static List<List<Url>> split(List<Url> urls) {
        var parts = new ArrayList<List<Url>>();
        for (int from = 0; from < urls.size(); from += MAX_URLS) {
            parts.add(List.copyOf(urls.subList(from, Math.min(urls.size(), from + MAX_URLS))));
        }
        return List.copyOf(parts);
    }

    /** The path of part {@code number}, counted from 1: {@code /sitemap-1.xml}. */
    public static String partPath(int number) {
        if (number < 1) {
            throw new IllegalArgumentException("no sitemap part " + number + " (expected a number from 1)");
        }
        return "/sitemap-" + number + ".xml";
    }

    /** The part a path names, the inverse of {@link #partPath}; empty for any other path. */
    public static OptionalInt partNumber(String path) {
        Matcher matcher = PART_PATH.matcher(path);
        return matcher.matches() ? OptionalInt.of(Integer.parseInt(matcher.group(1))) : OptionalInt.empty();
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
