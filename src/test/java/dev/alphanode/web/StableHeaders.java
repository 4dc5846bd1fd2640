package dev.alphanode.web;

import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** A response's headers without those that differ per response (date, timings, cache status, framing). */
final class StableHeaders {
    private static final Set<String> PER_RESPONSE = Set.of("date", "x-cache", "server-timing", "content-length",
            "transfer-encoding");

    private StableHeaders() {
    }

    static Map<String, List<String>> of(HttpHeaders headers) {
        Map<String, List<String>> kept = new TreeMap<>();
        headers.map().forEach((name, values) -> {
            if (!PER_RESPONSE.contains(name.toLowerCase())) {
                kept.put(name.toLowerCase(), values);
            }
        });
        return kept;
    }
}
