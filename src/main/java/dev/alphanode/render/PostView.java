package dev.alphanode.render;

/**
 * The article of a post page. {@code bodyHtml} is sanitized HTML from the Markdown renderer;
 * everything else is plain text that templates escape. {@code topic} may be null; {@code authors} is
 * the author line's names joined for reading ({@code A, B and C}), empty when the post names none.
 */
public record PostView(String slug, String title, String date, String displayDate, int readingTime,
                       Link topic, String authors, String bodyHtml) {
}
