package dev.alphanode.discovery;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Where the site is reachable from outside ({@code ANP_BASE_URL}): an http or https URL with a host,
 * maybe a port and a path, without query, fragment, user info or trailing slash. Every absolute link in
 * feeds, sitemaps, robots.txt and JSON-LD is made here.
 */
public record BaseUrl(String url) {
    private static final String EXPECTED =
            "expected an absolute http or https URL with a host and no query, fragment or user info, such as https://example.com";

    public BaseUrl {
        url = canonical(url);
    }

    /** The absolute URL of a site path ({@code /posts/a} → {@code https://example.com/posts/a}). */
    public String absolute(String path) {
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("not a site path: '" + path + "' (expected a path starting with /)");
        }
        return url + encodePath(path);
    }

    /** A site path as a relative URL: characters a path may not hold percent-encoded as UTF-8, valid escapes kept. */
    public static String encodedPath(String path) {
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("not a site path: '" + path + "' (expected a path starting with /)");
        }
        return encodePath(path);
    }

    private static String canonical(String value) {
        URI uri = parse(value);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                || uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw invalid(value);
        }
        String port = uri.getPort() == -1 ? "" : ":" + uri.getPort();
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + port + path;
    }

    private static URI parse(String value) {
        if (value == null) {
            throw invalid(null);
        }
        try {
            return new URI(value);
        } catch (URISyntaxException e) {
            throw invalid(value);
        }
    }

    private static IllegalArgumentException invalid(String value) {
        return new IllegalArgumentException("not a base URL: '" + value + "' (" + EXPECTED + ")");
    }

    /** Keeps characters a path may hold and valid percent escapes; encodes the rest as UTF-8. */
    private static String encodePath(String path) {
        var out = new StringBuilder(path.length() + 16);
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (allowedInPath(c) || (c == '%' && isEscape(path, i))) {
                out.append(c);
            } else if (Character.isHighSurrogate(c) && i + 1 < path.length() && Character.isLowSurrogate(path.charAt(i + 1))) {
                percentEncode(path.substring(i, i + 2), out);
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException("not a site path: '" + path + "' (expected text without unpaired surrogates)");
            } else {
                percentEncode(String.valueOf(c), out);
            }
        }
        return out.toString();
    }

    /** RFC 3986 pchar and "/" without "%": unreserved, sub-delims, ":" and "@". */
    private static boolean allowedInPath(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || "-._~!$&'()*+,;=:@/".indexOf(c) >= 0;
    }

    private static boolean isEscape(String path, int percent) {
        return percent + 2 < path.length() && isHex(path.charAt(percent + 1)) && isHex(path.charAt(percent + 2));
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
    }

    private static void percentEncode(String character, StringBuilder out) {
        for (byte b : character.getBytes(StandardCharsets.UTF_8)) {
            out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                    .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
        }
    }
}
