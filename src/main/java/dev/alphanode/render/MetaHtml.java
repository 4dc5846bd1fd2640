package dev.alphanode.render;

import org.unbescape.html.HtmlEscape;

/**
 * One {@link MetaValue} as markup, by kind: text → escaped text, link → {@code <a>}, list → {@code <ul
 * class="meta-list">} of values, map → {@code <ul class="meta-map">} of {@code <span class="meta-key">label</span>:
 * value}; nested values to any depth. Escaped as Thymeleaf's {@code th:text} and {@code th:href} escape
 * ({@link HtmlEscape#escapeHtml4Xml}). This used to be a template fragment including itself per value, which cost
 * more than the rest of an uncached post render together; the {@code post-meta} fragment writes it with
 * {@code th:utext}.
 */
public final class MetaHtml {
    private MetaHtml() {
    }

    public static String of(MetaValue value) {
        StringBuilder out = new StringBuilder(64);
        append(out, value);
        return out.toString();
    }

    private static void append(StringBuilder out, MetaValue value) {
        if (value == null) {
            return;
        }
        switch (value.kind()) {
            case "link" -> {
                out.append("<a href=\"").append(escape(value.href())).append("\">").append(escape(value.text()))
                        .append("</a>");
            }
            case "list" -> {
                out.append("<ul class=\"meta-list\">");
                for (MetaValue item : value.items()) {
                    out.append("<li>");
                    append(out, item);
                    out.append("</li>");
                }
                out.append("</ul>");
            }
            case "map" -> {
                out.append("<ul class=\"meta-map\">");
                for (MetaEntry entry : value.entries()) {
                    out.append("<li><span class=\"meta-key\">").append(escape(entry.label())).append("</span>: ");
                    append(out, entry.value());
                    out.append("</li>");
                }
                out.append("</ul>");
            }
            default -> out.append(escape(value.text()));
        }
    }

    /** {@code th:text} of null writes nothing; {@code th:href} of null writes {@code href=""}. */
    private static String escape(String text) {
        return text == null ? "" : HtmlEscape.escapeHtml4Xml(text);
    }
}
