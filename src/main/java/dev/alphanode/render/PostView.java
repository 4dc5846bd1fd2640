package dev.alphanode.render;

import java.util.List;

/**
 * The article of a post page. {@code bodyHtml} is sanitized HTML from the Markdown renderer;
 * everything else is plain text that templates escape. {@code topic} may be null; {@code authors} is
 * the author line's names joined for reading ({@code A, B and C}), empty when the post names none;
 * {@code toc} is empty below {@link TocEntry#MINIMUM} headings; {@code tags} link to the tag listings.
 */
public record PostView(String slug, String title, String date, String displayDate, int readingTime,
                       Link topic, String authors, String bodyHtml, List<TocEntry> toc, List<Link> tags) {
    public PostView {
        toc = List.copyOf(toc);
        tags = List.copyOf(tags);
    }

    /** An article without a table of contents or tags. */
    public PostView(String slug, String title, String date, String displayDate, int readingTime, Link topic,
                    String authors, String bodyHtml) {
        this(slug, title, date, displayDate, readingTime, topic, authors, bodyHtml, List.of(), List.of());
    }
}
