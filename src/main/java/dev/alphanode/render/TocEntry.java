package dev.alphanode.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unbescape.html.HtmlEscape;

/**
 * One line of a post's table of contents: a second- or third-level heading of the body, its
 * anchor (the id the Markdown renderer gave it) and its plain text, which templates escape.
 */
public record TocEntry(int level, String id, String text) {
    /** A post gets a table of contents from this many headings on. */
    public static final int MINIMUM = 3;

    // The sanitized body spells headings one way: <h2 id="…">inner</h2>, the id matching Markdown.HTML_ID.
    private static final Pattern HEADING = Pattern.compile("<h([23]) id=\"([A-Za-z0-9_-]{1,200})\">(.*?)</h\\1>",
            Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    /** The table of contents of a sanitized body: empty when it has fewer than {@link #MINIMUM} headings. */
    public static List<TocEntry> of(String bodyHtml) {
        List<TocEntry> entries = new ArrayList<>();
        Matcher heading = HEADING.matcher(bodyHtml);
        while (heading.find()) {
            String text = HtmlEscape.unescapeHtml(TAG.matcher(heading.group(3)).replaceAll("")).strip();
            if (!text.isEmpty()) {
                entries.add(new TocEntry(Integer.parseInt(heading.group(1)), heading.group(2), text));
            }
        }
        return entries.size() >= MINIMUM ? List.copyOf(entries) : List.of();
    }

    /** The link target within the page. */
    public String href() {
        return "#" + id;
    }
}
