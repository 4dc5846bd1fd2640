package dev.alphanode.content;

import dev.alphanode.route.OldPath;
import dev.alphanode.route.Route;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The old paths a file claims ({@code permalink}, {@code url}, {@code aliases}, {@code redirect_from}, Zola's {@code path})
 * and redirect stubs ({@code redirect} / {@code redirect_to}). Front matter is read once with lines
 * ({@link #read}); a stored post's claims are read again from its meta ({@link #of(Post)}) by the same
 * rules, so both give the same old paths. Hostile values are errors; a whole URL or a permalink
 * pattern is a warning and is not redirected.
 */
public final class OldPaths {
    /** The keys that name old paths of a post, in the order they are read. */
    static final List<String> KEYS = List.of("permalink", "url", "aliases", "redirect_from", "path");
    /** The keys that make a file without title and date a redirect stub. */
    static final List<String> STUB_KEYS = List.of("redirect", "redirect_to");
    /** Keys holding one path; {@code path} is Zola's URL of the page ({@code path = "blog/2016/11/01/x/"}). */
    private static final List<String> SINGLE = List.of("permalink", "url", "path");
    private static final String EXPECTED = "a site path such as /2013/05/06/my-post.html";
    private static final String TARGET_EXPECTED = "a site path such as /posts/new-name, or an http(s) URL";
    private static final Pattern SCHEME = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*:.*", Pattern.DOTALL);
    private static final Pattern PLACEHOLDER = Pattern.compile("(^|/):[a-z_]+");

    private OldPaths() {
    }

    /** An old path a file claims, at the line of its key or list item. */
    public record Claim(OldPath path, int line) {
    }

    /** What one value gives: an old path, nothing (a warning says why, unless it is the post's own route), or an error. */
    private sealed interface Reading {
        record Claimed(OldPath path) implements Reading { }
        record Skipped(Optional<String> warning) implements Reading { }
        record Refused(String error) implements Reading { }
    }

    /** Whether these front-matter keys make a redirect stub: a redirect key, and neither title nor date. */
    static boolean isStub(Map<String, Field> fields) {
        return STUB_KEYS.stream().anyMatch(fields::containsKey) && !fields.containsKey("title")
                && !fields.containsKey("date");
    }

    /**
     * The old paths of these fields, for a post whose route is {@code /posts/ownSlug} (its own route is
     * no old path; empty for a stub). Problems go to {@code read}; a key with an error claims nothing.
     */
    static List<Claim> read(Map<String, Field> fields, FieldReader read, Optional<String> ownSlug,
                            Optional<Permalinks.Values> values) {
        Map<OldPath, Claim> claims = new LinkedHashMap<>();
        int count = 0;
        for (String key : KEYS) {
            Field field = fields.get(key);
            if (field == null || field.isNull()) {
                continue;
            }
            List<Node> items = items(field, read);
            count += items.size();
            for (Node item : items) {
                int line = read.lines().line(item);
                Reading reading = reading(field, item, ownSlug, values);
                if (reading instanceof Reading.Claimed claimed) {
                    claims.putIfAbsent(claimed.path(), new Claim(claimed.path(), line));
                } else if (reading instanceof Reading.Skipped skipped) {
                    skipped.warning().ifPresent(why -> read.problems().warning(line, why));
                } else if (reading instanceof Reading.Refused refused) {
                    read.problems().error(line, refused.error());
                }
            }
        }
        if (count > ContentLimits.OLD_PATHS_PER_FILE) {
            read.problems().error(fields.get(KEYS.stream().filter(fields::containsKey).findFirst().orElseThrow()).line(),
                    ContentLimits.tooMany("the old paths (permalink, url, aliases, redirect_from)", count,
                            ContentLimits.OLD_PATHS_PER_FILE));
            return List.of();
        }
        if (ownSlug.isPresent()) {
            STUB_KEYS.stream().map(fields::get).filter(field -> field != null && !field.isNull()).findFirst()
                    .ifPresent(field -> read.problems().warning(field.line(), field.label()
                            + " is shown but not followed in a post (expected a redirect stub: a file with "
                            + field.label() + " and its old paths, without title and date)"));
        }
        return List.copyOf(claims.values());
    }

    /** The old paths a stored post claims: none for a draft, else those {@link #read} found in its file. */
    public static List<String> of(Post post) {
        if (post.draft()) {
            return List.of();
        }
        List<String> paths = new ArrayList<>();
        for (String key : KEYS) {
            Object value = post.meta().get(key);
            List<?> items = value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
            Permalinks.Values values = new Permalinks.Values(post.sourcePath(), post.slug(), post.date(), post.categories());
            for (Object item : items) {
                if (item instanceof String text && expanded(key, text, Optional.of(values))
                        .map(path -> claim(path, false, Optional.of(post.slug())))
                        .orElseGet(() -> claim(text, SINGLE.contains(key), Optional.of(post.slug())))
                        instanceof Reading.Claimed claimed && !paths.contains(claimed.path().path())) {
                    paths.add(claimed.path().path());
                }
            }
        }
        return List.copyOf(paths);
    }

    /** The old paths of a redirect stub: its old-path keys, or else the post route its file name would have had. */
    static List<Claim> stubClaims(String path, Map<String, Field> fields, FieldReader read) {
        if (KEYS.stream().anyMatch(fields::containsKey)) {
            return read(fields, read, Optional.empty(), Optional.empty());
        }
        return ownRoute(path).map(old -> List.of(new Claim(old, 1))).orElse(List.of());
    }

    /** The redirect stub these fields make, claiming {@code claims}, or empty with the problems recorded. */
    static Optional<RedirectStub> stub(String path, String contentHash, Map<String, Field> fields, FieldReader read,
                                       List<Claim> claims) {
        List<Field> targets = STUB_KEYS.stream().map(fields::get).filter(field -> field != null).toList();
        if (targets.size() > 1) {
            read.problems().error(targets.get(1).line(), "both 'redirect' and 'redirect_to' are given"
                    + " (expected one redirect target per stub)");
        }
        fields.values().stream().filter(field -> !STUB_KEYS.contains(field.key()) && !KEYS.contains(field.key()))
                .forEach(field -> read.problems().warning(field.line(), field.label()
                        + " is ignored in a redirect stub (expected only " + targets.get(0).label()
                        + " and old paths: permalink, url, aliases, redirect_from)"));
        List<OldPath> oldPaths = claims.stream().map(Claim::path).toList();
        Optional<String> target = target(targets.get(0), read, oldPaths);
        if (read.problems().hasErrors() || target.isEmpty()) {
            return Optional.empty();
        }
        if (oldPaths.isEmpty()) {
            read.problems().error(targets.get(0).line(), "the redirect stub has no old path to redirect from"
                    + " (expected a file name giving a slug, or permalink, url, aliases or redirect_from)");
            return Optional.empty();
        }
        return Optional.of(new RedirectStub(path, contentHash, oldPaths.stream().map(OldPath::path).toList(),
                target.get()));
    }

    /** The old paths of a stub with no old-path keys: the post route its file name would have had. */
    private static Optional<OldPath> ownRoute(String path) {
        String slug = Slugs.slugify(PostFileNames.stem(path.substring(path.lastIndexOf('/') + 1)));
        return slug.isEmpty() ? Optional.empty() : Optional.of(new OldPath(new Route.Post(slug).path()));
    }

    private static Optional<String> target(Field field, FieldReader read, List<OldPath> oldPaths) {
        if (!(field.value() instanceof ScalarNode scalar) || Nodes.isNull(scalar) || !Tag.STR.equals(scalar.getTag())
                || scalar.getValue().isBlank()) {
            read.problems().error(field.line(), field.label() + " must be a path or a URL, got "
                    + (field.value() instanceof ScalarNode ? Nodes.describe(field.value()) : Nodes.kind(field.value()))
                    + " (expected " + TARGET_EXPECTED + ")");
            return Optional.empty();
        }
        String target = scalar.getValue().strip();
        Optional<String> why = targetProblem(target, oldPaths);
        if (why.isPresent()) {
            read.problems().error(field.line(), "invalid redirect target " + Nodes.quote(target) + " in "
                    + field.label() + ": " + why.get() + " (expected " + TARGET_EXPECTED + ")");
            return Optional.empty();
        }
        return Optional.of(target);
    }

    private static Optional<String> targetProblem(String target, List<OldPath> oldPaths) {
        if (target.length() > ContentLimits.OLD_PATH_CHARS) {
            return Optional.of("it is " + target.length() + " characters, more than " + ContentLimits.OLD_PATH_CHARS);
        }
        if (target.chars().anyMatch(c -> Character.isISOControl(c) || Character.isWhitespace(c))) {
            return Optional.of("it holds a line break, a space or a control character");
        }
        if (target.indexOf('\\') >= 0) {
            return Optional.of("it holds a backslash");
        }
        if (target.startsWith("//")) {
            return Optional.of("'//' starts a link to another host without its scheme");
        }
        if (target.startsWith("/")) {
            Optional<String> decoded = OldPath.decode(target);
            if (decoded.isEmpty()) {
                return Optional.of("it holds a broken percent escape");
            }
            String key = OldPath.normalise(decoded.get());
            return oldPaths.stream().anyMatch(old -> old.path().equals(key))
                    ? Optional.of("it is the stub's own old path, a redirect loop") : Optional.empty();
        }
        String scheme = target.contains(":") ? target.substring(0, target.indexOf(':')).toLowerCase(Locale.ROOT) : "";
        if (!(scheme.equals("http") || scheme.equals("https"))) {
            return Optional.of(scheme.isEmpty() || !SCHEME.matcher(target).matches()
                    ? "a relative path" : "a '" + scheme + ":' link");
        }
        try {
            URI uri = new URI(target);
            if (uri.getHost() == null || uri.getRawUserInfo() != null) {
                return Optional.of("a URL without a host, or with user info");
            }
        } catch (URISyntaxException e) {
            return Optional.of("not a URL (" + e.getReason() + ")");
        }
        return Optional.empty();
    }

    private static List<Node> items(Field field, FieldReader read) {
        if (field.value() instanceof SequenceNode list && !SINGLE.contains(field.key())) {
            return list.getValue().stream().filter(item -> !Nodes.isNull(item)).toList();
        }
        if (field.value() instanceof ScalarNode) {
            return List.of(field.value());
        }
        read.problems().error(field.line(), field.label() + " must be " + (SINGLE.contains(field.key())
                ? "a path" : "a path or a list of paths") + ", got " + Nodes.kind(field.value())
                + " (expected " + EXPECTED + ")");
        return List.of();
    }

    /**
     * A post's {@code permalink} with Jekyll placeholders or a style name, expanded ({@link Permalinks});
     * empty for any other value, or when a placeholder is unknown (then {@link #claim} warns as before).
     */
    private static Optional<String> expanded(String key, String raw, Optional<Permalinks.Values> values) {
        String text = raw.strip();
        if (!key.equals("permalink") || values.isEmpty() || !Permalinks.isPattern(text)
                || text.contains("://") || text.startsWith("//")) {
            return Optional.empty();
        }
        return Permalinks.jekyll(text, values.get()) instanceof Permalinks.Expansion.Path path
                ? Optional.of(path.path()) : Optional.empty();
    }

    private static Reading reading(Field field, Node item, Optional<String> ownSlug, Optional<Permalinks.Values> values) {
        if (!(item instanceof ScalarNode scalar) || !Tag.STR.equals(scalar.getTag())) {
            return new Reading.Refused("an old path in " + field.label() + " must be a path, got "
                    + (item instanceof ScalarNode ? Nodes.describe(item) : Nodes.kind(item)) + " (expected " + EXPECTED + ")");
        }
        String raw = scalar.getValue();
        if (raw.length() > ContentLimits.OLD_PATH_CHARS) {
            return new Reading.Refused(ContentLimits.tooLong("an old path in " + field.label(), raw.length(),
                    ContentLimits.OLD_PATH_CHARS));
        }
        Optional<String> expanded = expanded(field.key(), raw, values);
        Reading reading = expanded.map(path -> claim(path, false, ownSlug))
                .orElseGet(() -> claim(raw, SINGLE.contains(field.key()), ownSlug));
        if (reading instanceof Reading.Refused refused) {
            return new Reading.Refused("invalid old path " + Nodes.quote(raw) + " in " + field.label() + ": "
                    + refused.error() + " (expected " + EXPECTED + ")");
        }
        if (reading instanceof Reading.Skipped skipped) {
            return new Reading.Skipped(skipped.warning().map(why -> "old path " + Nodes.quote(raw) + " in "
                    + field.label() + " is not redirected: " + why));
        }
        return reading;
    }

    /** The one rule for a value, with the bare reason (callers add the value, the key and the expectation). */
    private static Reading claim(String raw, boolean mayBePattern, Optional<String> ownSlug) {
        String text = raw.strip();
        if (text.length() > ContentLimits.OLD_PATH_CHARS) {
            return new Reading.Refused("it is too long");
        }
        if (text.isEmpty()) {
            return new Reading.Refused("it is empty");
        }
        if (text.chars().anyMatch(Character::isISOControl)) {
            return new Reading.Refused("it holds a line break or a control character");
        }
        if (text.startsWith("//")) {
            return new Reading.Refused("'//' starts a link to another host");
        }
        if (text.indexOf('\\') >= 0) {
            return new Reading.Refused("it holds a backslash");
        }
        if (!text.startsWith("/") && SCHEME.matcher(text).matches()) {
            String scheme = text.substring(0, text.indexOf(':')).toLowerCase(Locale.ROOT);
            return scheme.equals("http") || scheme.equals("https")
                    ? new Reading.Skipped(Optional.of("it is a whole URL (expected " + EXPECTED + ")"))
                    : new Reading.Refused("a '" + scheme + ":' link");
        }
        if (mayBePattern && PLACEHOLDER.matcher(text).find()) {
            return new Reading.Skipped(Optional.of("':name' placeholders are expanded only in a post's 'permalink',"
                    + " and only these: " + Permalinks.known() + " (expected a literal path such as /2013/05/06/my-post.html)"));
        }
        Optional<String> decoded = OldPath.decode(text.startsWith("/") ? text : "/" + text);
        if (decoded.isEmpty()) {
            return new Reading.Refused("it holds a broken percent escape");
        }
        String path = OldPath.normalise(decoded.get());
        if (path.startsWith("//") || path.chars().anyMatch(Character::isISOControl)) {
            return new Reading.Refused("it decodes to a link to another host or a control character");
        }
        if (java.util.Arrays.asList(path.split("/", -1)).stream().anyMatch(s -> s.equals("..") || s.equals("."))) {
            return new Reading.Refused("'.' and '..' segments are not allowed");
        }
        OldPath old = new OldPath(path);
        Optional<String> reserved = old.reservedBy();
        if (reserved.isPresent()) {
            return new Reading.Refused("it would hide " + reserved.get());
        }
        if (ownSlug.isPresent() && old.postRoute().map(Route.Post::slug).equals(ownSlug)) {
            return new Reading.Skipped(Optional.empty());
        }
        return new Reading.Claimed(old);
    }
}
