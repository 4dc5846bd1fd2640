package dev.alphanode.discovery;

import java.util.List;

/** {@code /robots.txt} (RFC 9309): one group for every crawler, then the sitemap. Serve as {@code text/plain; charset=utf-8}. */
public final class Robots {
    private static final String EXPECTED = "expected a path starting with / without spaces, '#' or control characters, such as /drafts/";

    private Robots() {
    }

    /** The robots.txt text, one {@code Disallow} per path in the order given, ending with a newline. */
    public static String text(String sitemapUrl, List<String> disallowPaths) {
        AbsoluteUrls.require("sitemap URL", sitemapUrl);
        var text = new StringBuilder("User-agent: *\n");
        if (disallowPaths.isEmpty()) {
            text.append("Allow: /\n");
        }
        for (String path : disallowPaths) {
            text.append("Disallow: ").append(requirePath(path)).append('\n');
        }
        return text.append('\n').append("Sitemap: ").append(sitemapUrl).append('\n').toString();
    }

    /**
     * The path if robots.txt can carry it; otherwise an IllegalArgumentException whose one-line message names
     * it and what is expected, for {@code check} to report against {@code robots_disallow}.
     */
    public static String requirePath(String path) {
        if (path == null || !path.startsWith("/")) {
            throw invalid(path, "does not start with /");
        }
        path.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                throw invalid(path, "holds a control character");
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                throw invalid(path, "holds a space");
            }
            if (Character.getType(c) == Character.SURROGATE) {
                throw invalid(path, "holds an unpaired surrogate");
            }
            if (c == '#') {
                throw invalid(path, "holds '#', which starts a comment in robots.txt");
            }
        });
        return path;
    }

    private static IllegalArgumentException invalid(String path, String problem) {
        return new IllegalArgumentException("robots_disallow path '" + shown(path) + "' " + problem + " (" + EXPECTED + ")");
    }

    /** The value on one line: control characters as {@code \\uXXXX}. */
    private static String shown(String value) {
        if (value == null) {
            return "null";
        }
        var shown = new StringBuilder();
        value.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                shown.append(String.format("\\u%04x", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return shown.toString();
    }
}
