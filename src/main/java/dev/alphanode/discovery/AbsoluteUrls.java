package dev.alphanode.discovery;

import java.net.URI;
import java.net.URISyntaxException;

/** The check every URL a reader's software follows goes through: absolute http(s) with a host. */
final class AbsoluteUrls {
    private AbsoluteUrls() {
    }

    static String require(String what, String url) {
        if (url != null) {
            try {
                URI uri = new URI(url);
                if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                    return url;
                }
            } catch (URISyntaxException e) {
                // reported below
            }
        }
        throw new IllegalArgumentException(what + " is not an absolute URL: '" + url
                + "' (expected an http or https URL with a host; BaseUrl.absolute makes one)");
    }
}
