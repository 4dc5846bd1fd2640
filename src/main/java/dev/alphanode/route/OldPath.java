package dev.alphanode.route;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * A path that some other engine served and that now redirects ({@code 301}) to a post or a redirect
 * stub's target: the key of the {@code redirect} table. One spelling stands for all the variants an
 * old site answered: percent escapes decoded, query and fragment dropped, and a trailing
 * {@code /index.html}, {@code .html} or {@code /} removed, so {@code /2013/05/06/my-post.html},
 * {@code /2013/05/06/my-post/}, {@code /2013/05/06/my-post/index.html} and
 * {@code /2013/05/06/my-post} are one old path. Case is kept (paths are case-sensitive). The router
 * asks for an old path only after every real route said no (see docs/migration.md, "How redirects work").
 */
public record OldPath(String path) {
    /** The metrics and log label of a request answered by a redirect: one value for every old path. */
    public static final String TEMPLATE = "(redirect)";
    /** Paths the site serves itself besides {@link Route}: no old path may sit under them. */
    private static final List<String> RESERVED_PREFIXES = List.of("/static/", "/media/", "/admin/");
    private static final List<String> RESERVED_PATHS = List.of("/static", "/media", "/admin", "/healthz", "/metrics");

    public OldPath {
        if (!path.startsWith("/") || path.startsWith("//") || path.length() > 1 && path.endsWith("/")) {
            throw new IllegalArgumentException("not a normalised old path: '" + path + "'");
        }
    }

    /**
     * The old path a request asked for, or empty when it cannot be one (not a path, a bad escape, a
     * path the site serves itself).
     */
    public static Optional<OldPath> ofRequest(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/") || rawPath.startsWith("//")) {
            return Optional.empty();
        }
        return decode(rawPath).map(OldPath::normalise).filter(path -> path.startsWith("/") && !path.startsWith("//"))
                .map(OldPath::new).filter(old -> old.reservedBy().isEmpty());
    }

    /**
     * Normalises a decoded path: drops {@code ?…} and {@code #…}, trailing slashes, a trailing
     * {@code index.html} or {@code index.htm}, a trailing {@code .html} or {@code .htm}, then trailing
     * slashes again ({@code /} stays {@code /}).
     */
    public static String normalise(String decoded) {
        String path = decoded;
        int cut = firstOf(path, '?', '#');
        if (cut >= 0) {
            path = path.substring(0, cut);
        }
        path = withoutTrailingSlashes(path);
        for (String index : List.of("/index.html", "/index.htm")) {
            if (path.endsWith(index)) {
                path = path.substring(0, path.length() - index.length() + 1);
            }
        }
        for (String suffix : List.of(".html", ".htm")) {
            if (path.endsWith(suffix) && !path.endsWith("/" + suffix)) {
                path = path.substring(0, path.length() - suffix.length());
            }
        }
        return withoutTrailingSlashes(path);
    }

    private static String withoutTrailingSlashes(String path) {
        int end = path.length();
        while (end > 1 && path.charAt(end - 1) == '/') {
            end--;
        }
        return path.substring(0, end);
    }

    /** Percent escapes decoded as UTF-8 ({@code +} stays {@code +}); empty for a broken escape or invalid UTF-8. */
    public static Optional<String> decode(String text) {
        if (text.indexOf('%') < 0) {
            return Optional.of(text);
        }
        var bytes = new java.io.ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '%') {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
                continue;
            }
            if (i + 2 >= text.length() || Character.digit(text.charAt(i + 1), 16) < 0
                    || Character.digit(text.charAt(i + 2), 16) < 0) {
                return Optional.empty();
            }
            bytes.write(Character.digit(text.charAt(i + 1), 16) * 16 + Character.digit(text.charAt(i + 2), 16));
            i += 2;
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes.toByteArray())).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /**
     * What of the site's own answers this path would hide, or empty when it is free for a redirect:
     * a page route other than a post's ({@code /}, {@code /feed.xml}, {@code /tags/x}, …), or a path
     * under {@code /static/}, {@code /media/}, {@code /admin/}, {@code /healthz}, {@code /metrics}.
     * A post's route ({@code /posts/x}) is free here: whether a post holds it is decided across files.
     */
    public Optional<String> reservedBy() {
        Optional<Route> route = Route.parse(path);
        if (route.isPresent() && !(route.get() instanceof Route.Post)) {
            return Optional.of("the route " + route.get().template());
        }
        for (String prefix : RESERVED_PREFIXES) {
            if (path.startsWith(prefix)) {
                return Optional.of("the site's " + prefix + " paths");
            }
        }
        return RESERVED_PATHS.contains(path) ? Optional.of("the site's " + path + " path") : Optional.empty();
    }

    /** The post route this path is, when it is one ({@code /posts/x}): a post with that slug takes it. */
    public Optional<Route.Post> postRoute() {
        return Route.parse(path).filter(Route.Post.class::isInstance).map(Route.Post.class::cast);
    }

    private static int firstOf(String text, char a, char b) {
        int i = text.indexOf(a);
        int j = text.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }
}
