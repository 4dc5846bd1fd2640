package dev.alphanode.content;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Links an editor may put in content: absolute http(s) URLs or site paths. */
final class Links {

    static final String EXPECTED = "an http(s) URL or a site path starting with '/'";
    static final String OR_RELATIVE_EXPECTED = "an http(s) URL, a site path starting with '/' or a path relative to the post";
    private static final Set<String> WEB_SCHEMES = Set.of("http", "https");
    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:");

    private Links() {
    }

    static boolean isSafe(String link) {
        if (link.startsWith("/")) {
            // "//host" and "/\host" are read by browsers as another site, not a path of this one.
            return !link.startsWith("//") && !link.startsWith("/\\");
        }
        return isWebUrl(link);
    }

    /** A safe link, or a relative path such as {@code cover.png}: no scheme, no other host. */
    static boolean isSafeOrRelative(String link) {
        if (isSafe(link)) {
            return true;
        }
        return !link.isBlank() && !link.startsWith("/") && !link.startsWith("\\") && !SCHEME.matcher(link).lookingAt();
    }

    private static boolean isWebUrl(String link) {
        try {
            URI uri = new URI(link);
            return uri.getScheme() != null && WEB_SCHEMES.contains(uri.getScheme().toLowerCase(Locale.ROOT))
                    && uri.getHost() != null && !uri.getHost().isEmpty();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
