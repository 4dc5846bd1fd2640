package dev.alphanode.discovery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The sitemap index {@code /sitemap.xml} serves when the site has more than {@link Sitemap#MAX_URLS} URLs. */
public final class SitemapIndex {
    public static final int MAX_PARTS = 50_000;

    private SitemapIndex() {
    }

    /** One part's absolute URL and the newest lastmod of its URLs. */
    public record Part(String loc, Optional<LocalDate> lastmod) {
        public Part {
            Sitemap.requireLoc(loc);
            lastmod.ifPresent(date -> Timestamps.requireWritable("sitemap lastmod", date));
        }
    }

    /** The index entries of parts from {@link Sitemap#split}: part n (from 1) at {@code locOfPart.apply(n)}. */
    public static List<Part> parts(List<List<Sitemap.Url>> parts, java.util.function.IntFunction<String> locOfPart) {
        var index = new ArrayList<Part>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            Optional<LocalDate> newest = parts.get(i).stream().flatMap(url -> url.lastmod().stream())
                    .max(Comparator.naturalOrder());
            index.add(new Part(locOfPart.apply(i + 1), newest));
        }
        return List.copyOf(index);
    }

    /** The sitemapindex document, parts in the order given. */
    public static String write(List<Part> parts) {
        if (parts.size() > MAX_PARTS) {
            throw new IllegalArgumentException("a sitemap index holds at most " + MAX_PARTS + " parts, not " + parts.size());
        }
        Xml xml = Xml.document(Sitemap.NAMESPACE, "sitemapindex");
        for (Part part : parts) {
            xml.start("sitemap").element("loc", part.loc());
            part.lastmod().ifPresent(date -> xml.element("lastmod", Timestamps.w3cDate(date)));
            xml.end();
        }
        return xml.finish();
    }
}
