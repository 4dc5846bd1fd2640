package dev.alphanode.content;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/** Links an editor may put in content: absolute http(s) URLs or site paths. */
final class Links {

    static final String EXPECTED = "an http(s) URL or a site path starting with '/'";
    private static final Set<String> WEB_SCHEMES = Set.of("http", "https");

    private Links() {
    }

    static boolean isSafe(String link) {
        if (link.startsWith("/")) {
            // "//host" and "/\host" are read by browsers as another site, not a path of this one.
            return !link.startsWith("//") && !link.startsWith("/\\");
        }
        return isWebUrl(link);
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
