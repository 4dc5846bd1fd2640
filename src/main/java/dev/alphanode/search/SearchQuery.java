package dev.alphanode.search;

import dev.alphanode.content.Slugs;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What a reader asked for, normalised: {@code text} is the query as the page shows it back (NFKC
 * compatibility forms, control characters dropped, whitespace collapsed and trimmed, at most {@link #MAX_CHARS} code
 * points, {@code cut} when it was longer); filters are taxonomy slugs as the listing routes spell
 * them. Build it with {@link #parse}, which accepts any input.
 */
public record SearchQuery(String text, boolean cut, Optional<String> topic, Optional<String> stack,
                          Optional<String> tag, int page) {

    public static final int MAX_CHARS = 200;

    public SearchQuery {
        Objects.requireNonNull(text, "text");
        if (!clean(text).equals(text) || text.codePointCount(0, text.length()) > MAX_CHARS) {
            throw new IllegalArgumentException("text must be normalised and at most " + MAX_CHARS
                    + " characters (use SearchQuery.parse), was: " + text);
        }
        topic = validFilter("topic", topic);
        stack = validFilter("stack", stack);
        tag = validFilter("tag", tag);
        if (page < 1) {
            throw new IllegalArgumentException("page must be >= 1, was " + page);
        }
    }

    /** Never throws: null or absent parts count as empty, a page below 1 as page 1, an unusable filter as none. */
    public static SearchQuery parse(String rawQ, Optional<String> topic, Optional<String> stack, Optional<String> tag,
                                    int page) {
        String text = clean(Normalizer.normalize(rawQ == null ? "" : rawQ, Normalizer.Form.NFKC));
        boolean cut = text.codePointCount(0, text.length()) > MAX_CHARS;
        if (cut) {
            text = text.substring(0, text.offsetByCodePoints(0, MAX_CHARS)).strip();
        }
        return new SearchQuery(text, cut, filter(topic), filter(stack), filter(tag), Math.max(1, page));
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    /** The text as the index sees it: equal for queries that differ only in case or spacing. */
    public String normalised() {
        return text.toLowerCase(Locale.ROOT);
    }

    /** Identity of this results page for a cache: normalised text, filters and page, unambiguously joined. */
    public String key() {
        return "q=" + encode(normalised()) + "&topic=" + topic.orElse("") + "&stack=" + stack.orElse("")
                + "&tag=" + tag.orElse("") + "&page=" + page;
    }

    /** Control characters and lone surrogates dropped, whitespace runs as one space, trimmed. */
    private static String clean(String composed) {
        StringBuilder out = new StringBuilder(Math.min(composed.length(), 4 * MAX_CHARS));
        boolean space = false;
        for (int i = 0; i < composed.length(); ) {
            int cp = composed.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                space = !out.isEmpty();
            } else if (Character.getType(cp) != Character.CONTROL && Character.getType(cp) != Character.SURROGATE) {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    private static Optional<String> filter(Optional<String> raw) {
        return raw == null ? Optional.empty() : raw.map(Slugs::slugify).filter(slug -> !slug.isEmpty());
    }

    private static Optional<String> validFilter(String name, Optional<String> value) {
        Objects.requireNonNull(value, name);
        value.filter(slug -> !Slugs.isValid(slug)).ifPresent(slug -> {
            throw new IllegalArgumentException(name + " filter must be a slug ([a-z0-9-]{1,100}), was: " + slug);
        });
        return value;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
