package dev.alphanode.discovery;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Atom 1.0 (RFC 4287) feeds for {@code /feed.xml} and each listing's {@code feed.xml}. The result is
 * UTF-8 XML text; serve it as {@code application/atom+xml; charset=utf-8}.
 */
public final class AtomFeed {
    public static final String NAMESPACE = "http://www.w3.org/2005/Atom";
    public static final String MEDIA_TYPE = "application/atom+xml";

    private AtomFeed() {
    }

    /**
     * The feed itself.
     *
     * @param id               its permanent id, an absolute URL (the page it follows will do)
     * @param selfUrl          where the feed is served ({@code link rel="self"})
     * @param pageUrl          the HTML page it follows ({@code link rel="alternate"})
     * @param author           the feed's author, which entries without their own inherit (Atom needs one
     *                         for every entry); the site title will do
     * @param updatedWhenEmpty {@code updated} when there are no entries; otherwise it is the newest entry's
     */
    public record Feed(String id, String title, Optional<String> subtitle, String selfUrl, String pageUrl,
                       String author, Instant updatedWhenEmpty, Optional<String> generator) {
        public Feed {
            AbsoluteUrls.require("feed id", id);
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(subtitle, "subtitle");
            AbsoluteUrls.require("feed self link", selfUrl);
            AbsoluteUrls.require("feed page link", pageUrl);
            Objects.requireNonNull(author, "author");
            Timestamps.requireWritable("feed updated", updatedWhenEmpty);
            Objects.requireNonNull(generator, "generator");
        }
    }

    /**
     * One post in a feed.
     *
     * @param url         the absolute post URL: the entry's id, stable while the post keeps its route, and its link
     * @param authors     the post's authors, when it names any (each an {@code author} element)
     * @param summary     plain text, written as {@code summary type="text"}
     * @param contentHtml the rendered post, written as {@code content type="html"}
     */
    public record Entry(String url, String title, Instant published, Instant updated, List<String> authors,
                        List<Category> categories, Optional<String> summary, Optional<String> contentHtml) {
        public Entry {
            AbsoluteUrls.require("entry URL", url);
            Objects.requireNonNull(title, "title");
            Timestamps.requireWritable("entry published", published);
            Timestamps.requireWritable("entry updated", updated);
            authors = List.copyOf(authors);
            categories = List.copyOf(categories);
            Objects.requireNonNull(summary, "summary");
            Objects.requireNonNull(contentHtml, "contentHtml");
        }
    }

    /**
     * A taxonomy term of a post.
     *
     * @param term   the term's slug ({@code redis})
     * @param label  how readers see it ({@code Redis})
     * @param scheme the absolute base URL of the taxonomy's listings ({@code https://example.com/topics/})
     */
    public record Category(String term, String label, String scheme) {
        public Category {
            Objects.requireNonNull(term, "term");
            Objects.requireNonNull(label, "label");
            AbsoluteUrls.require("category scheme", scheme);
        }
    }

    /** The feed document, entries in the order given. */
    public static String write(Feed feed, List<Entry> entries) {
        Xml xml = Xml.document(NAMESPACE, "feed")
                .element("id", feed.id())
                .element("title", feed.title());
        feed.subtitle().ifPresent(subtitle -> xml.element("subtitle", subtitle));
        link(xml, "self", MEDIA_TYPE, feed.selfUrl());
        link(xml, "alternate", "text/html", feed.pageUrl());
        xml.element("updated", Timestamps.rfc3339(updated(feed, entries)));
        xml.start("author").element("name", feed.author()).end();
        feed.generator().ifPresent(generator -> xml.element("generator", generator));
        entries.forEach(entry -> entry(xml, entry));
        return xml.finish();
    }

    private static Instant updated(Feed feed, List<Entry> entries) {
        return entries.stream().map(Entry::updated).max(Comparator.naturalOrder()).orElse(feed.updatedWhenEmpty());
    }

    private static void entry(Xml xml, Entry entry) {
        xml.start("entry")
                .element("id", entry.url())
                .element("title", entry.title());
        link(xml, "alternate", "text/html", entry.url());
        xml.element("published", Timestamps.rfc3339(entry.published()))
                .element("updated", Timestamps.rfc3339(entry.updated()));
        entry.authors().forEach(author -> xml.start("author").element("name", author).end());
        for (Category category : entry.categories()) {
            xml.empty("category")
                    .attribute("term", category.term())
                    .attribute("label", category.label())
                    .attribute("scheme", category.scheme());
        }
        entry.summary().ifPresent(summary -> xml.start("summary").attribute("type", "text").text(summary).end());
        entry.contentHtml().ifPresent(html -> xml.start("content").attribute("type", "html").text(html).end());
        xml.end();
    }

    private static void link(Xml xml, String rel, String type, String href) {
        xml.empty("link").attribute("rel", rel).attribute("type", type).attribute("href", href);
    }
}
