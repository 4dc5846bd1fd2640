package dev.alphanode.pages;

import dev.alphanode.discovery.BaseUrl;
import dev.alphanode.route.OldPath;
import dev.alphanode.route.Route;
import dev.alphanode.store.PostStore;
import dev.alphanode.store.Redirect;
import java.net.URI;
import java.util.Optional;

/**
 * Old URLs: the {@code Location} a request path redirects to ({@code 301}), asked only after every
 * real route answered 404. Read from H2 on each request (one primary-key walk), never cached, so a
 * renamed or removed post, an edited alias list or a new stub change the answer as soon as the sync
 * has written them: there is nothing to purge. Locations are absolute under {@code ANP_BASE_URL}
 * when it is set, site-relative otherwise; a stub's http(s) target is sent as written (ASCII-encoded).
 */
public final class Redirects {
    private final PostStore store;
    private final Optional<BaseUrl> base;

    public Redirects(PostStore store, Optional<URI> baseUrl) {
        this.store = store;
        this.base = baseUrl.map(url -> new BaseUrl(url.toString()));
    }

    /** Where {@code rawPath} (as the request spelled it, escapes and all) redirects, or empty. */
    public Optional<String> location(String rawPath) {
        return OldPath.ofRequest(rawPath).flatMap(old -> store.redirect(old.path())).map(this::location);
    }

    private String location(Redirect redirect) {
        if (redirect.postSlug().isPresent()) {
            return sitePath(new Route.Post(redirect.postSlug().get()).path());
        }
        String target = redirect.target().orElseThrow();
        return target.startsWith("/") ? sitePath(target) : URI.create(target).toASCIIString();
    }

    /** A site path with maybe a query or fragment ({@code /posts/a#part}): the path encoded and based, the rest kept. */
    private String sitePath(String target) {
        int cut = target.length();
        for (char c : new char[] {'?', '#'}) {
            int at = target.indexOf(c);
            cut = at >= 0 ? Math.min(cut, at) : cut;
        }
        String path = target.substring(0, cut);
        String located = base.map(url -> url.absolute(path)).orElseGet(() -> BaseUrl.encodedPath(path));
        return located + asciiOnly(target.substring(cut));
    }

    private static String asciiOnly(String text) {
        var out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c < 0x80) {
                out.append((char) c);
            } else {
                for (byte b : Character.toString(c).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                    out.append(String.format("%%%02X", b & 0xFF));
                }
            }
        });
        return out.toString();
    }
}
