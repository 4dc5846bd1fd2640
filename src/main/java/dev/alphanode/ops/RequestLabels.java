package dev.alphanode.ops;

import java.util.Set;

/**
 * The labels of a request's series, each from a closed set: a client chooses the method and the
 * path of its request, and every distinct label value is one more series in {@code /metrics}
 * (500 made-up method names once took it from 23 KB to 4 MB). Routes are closed where they are
 * named: route templates, {@code /static/*}, or {@link #UNMATCHED}.
 */
public final class RequestLabels {
    /** The route of a request that no route template matched (404s and 405s of unknown paths). */
    public static final String UNMATCHED = "unmatched";
    static final String OTHER = "other";

    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS",
            "TRACE");
    private static final Set<String> CACHE = Set.of("HIT", "MISS", "BYPASS", "-");

    private RequestLabels() {
    }

    static String method(String method) {
        return METHODS.contains(method) ? method : OTHER;
    }

    /** Status codes as they are; anything outside 100–599 is 0, labelled {@code other}. */
    static int status(int status) {
        return status >= 100 && status <= 599 ? status : 0;
    }

    static String statusLabel(int status) {
        return status == 0 ? OTHER : String.valueOf(status);
    }

    static String cache(String cache) {
        return CACHE.contains(cache) ? cache : OTHER;
    }
}
