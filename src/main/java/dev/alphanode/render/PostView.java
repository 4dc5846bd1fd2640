package dev.alphanode.render;

/**
 * The article of a post page. {@code bodyHtml} is sanitized HTML from the Markdown renderer;
 * everything else is plain text that templates escape. {@code topic} may be null.
 */
public record PostView(String slug, String title, String date, String displayDate, int readingTime,
                       Link topic, String bodyHtml) {
}
