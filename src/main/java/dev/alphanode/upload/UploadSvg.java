package dev.alphanode.upload;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses SVG that can run script, load other documents or expand entities: {@code <script>}, event
 * attributes, {@code javascript:} URLs, {@code <foreignObject>}, references that leave the document,
 * CSS that loads other documents ({@code @import}, {@code url()} other than {@code #id}, {@code image-set()},
 * in {@code <style>}, style and presentation attributes alike) and any DOCTYPE or ENTITY declaration.
 * Checked on the text with numeric character references decoded, CSS after CSS escapes are decoded too.
 */
final class UploadSvg {
    private static final String SAFE = "an SVG without script, event attributes, DOCTYPE/ENTITY, "
            + "foreignObject or references outside the document (href=\"#id\" and CSS url(#id) only)";
    private static final Pattern CHARACTER_REFERENCE = Pattern.compile("&#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}));?");
    private static final Pattern DECLARATION = Pattern.compile("(?i)<!\\s*(DOCTYPE|ENTITY)");
    private static final Pattern SCRIPT = Pattern.compile("(?i)<\\s*(?:[a-z_][a-z0-9._-]*:)?script");
    private static final Pattern FOREIGN_OBJECT = Pattern.compile("(?i)<\\s*(?:[a-z_][a-z0-9._-]*:)?foreignobject");
    private static final Pattern EVENT_ATTRIBUTE = Pattern.compile("(?i)[\\s\"'/:]on[a-z]+\\s*=");
    private static final Pattern HREF = Pattern.compile(
            "(?i)(?:^|[\\s\"'/])((?:[a-z_][a-z0-9._-]*:)?href)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]*))");
    private static final Pattern ANIMATED_HREF = Pattern.compile("(?i)attributename\\s*=\\s*[\"']?\\s*(?:[a-z_]+:)?href");
    private static final Pattern CSS_ESCAPE = Pattern.compile("\\\\(?:([0-9a-fA-F]{1,6})[ \\t\\n\\r\\f]?|(.))", Pattern.DOTALL);
    private static final Pattern CSS_IMPORT = Pattern.compile("(?i)@import");
    private static final Pattern CSS_IMAGE_SET = Pattern.compile("(?i)image-set\\s*\\(");
    private static final Pattern CSS_URL = Pattern.compile("(?i)url\\(\\s*(?:\"([^\"]*)\"|'([^']*)'|([^)\\s]*))");
    private static final Pattern PROLOG = Pattern.compile(
            "\\s*(?:<\\?.*?\\?>|<!--.*?-->|<!(?i:DOCTYPE)(?:[^\\[>]|\\[.*?])*>)", Pattern.DOTALL);

    private UploadSvg() {
    }

    /** The text after the XML declaration, comments, processing instructions and any DOCTYPE. */
    static String afterProlog(String text) {
        Matcher prolog = PROLOG.matcher(text);
        int end = 0;
        while (end < text.length() && prolog.region(end, text.length()).lookingAt() && prolog.end() > end) {
            end = prolog.end();
        }
        return text.substring(end).stripLeading();
    }

    static void check(String name, String text) throws UploadRefusal {
        Optional<String> danger = danger(text);
        if (danger.isPresent()) {
            throw UploadRefusal.unprocessable("SVG " + UploadChars.quote(name) + " " + danger.get(), SAFE);
        }
    }

    private static Optional<String> danger(String text) {
        Matcher declaration = DECLARATION.matcher(text);
        if (declaration.find()) {
            return Optional.of("declares <!" + declaration.group(1).toUpperCase(Locale.ROOT)
                    + "> (DOCTYPE and ENTITY declarations allow XXE and entity expansion)");
        }
        String decoded = decodeCharacterReferences(text);
        if (SCRIPT.matcher(decoded).find()) {
            return Optional.of("contains a <script> element");
        }
        if (FOREIGN_OBJECT.matcher(decoded).find()) {
            return Optional.of("contains a <foreignObject> element (it embeds HTML)");
        }
        if (withoutControls(decoded.toLowerCase(Locale.ROOT)).contains("javascript:")) {
            return Optional.of("contains a javascript: URL");
        }
        Matcher event = EVENT_ATTRIBUTE.matcher(decoded);
        if (event.find()) {
            return Optional.of("has the event attribute " + UploadChars.quote(event.group().substring(1).strip()));
        }
        return externalReference(decoded).or(() -> cssReference(decodeCssEscapes(decoded)));
    }

    /** Browsers fetch these from {@code <style>}, {@code style=""} and presentation attributes such as {@code fill=""}. */
    private static Optional<String> cssReference(String css) {
        if (CSS_IMPORT.matcher(css).find()) {
            return Optional.of("has the CSS @import, which loads another document");
        }
        if (CSS_IMAGE_SET.matcher(css).find()) {
            return Optional.of("has the CSS image-set(), which loads other images");
        }
        Matcher url = CSS_URL.matcher(css);
        while (url.find()) {
            String value = firstNonNull(url.group(1), url.group(2), url.group(3)).strip();
            if (!value.startsWith("#")) {
                return Optional.of("has the CSS reference " + UploadChars.quote("url(" + value + ")")
                        + ", a reference outside the document");
            }
        }
        return Optional.empty();
    }

    private static String decodeCssEscapes(String text) {
        return CSS_ESCAPE.matcher(text).replaceAll(escape -> {
            if (escape.group(2) != null) {
                return Matcher.quoteReplacement(escape.group(2));
            }
            int c = Integer.parseInt(escape.group(1), 16);
            return Character.isValidCodePoint(c) && c != 0 ? Matcher.quoteReplacement(Character.toString(c)) : "\uFFFD";
        });
    }

    private static Optional<String> externalReference(String decoded) {
        if (ANIMATED_HREF.matcher(decoded).find()) {
            return Optional.of("animates an href attribute (it can point the link anywhere)");
        }
        Matcher href = HREF.matcher(decoded);
        while (href.find()) {
            String value = firstNonNull(href.group(2), href.group(3), href.group(4)).strip();
            if (!value.startsWith("#")) {
                return Optional.of("has " + href.group(1) + "=" + UploadChars.quote(value)
                        + ", a reference outside the document");
            }
        }
        return Optional.empty();
    }

    private static String decodeCharacterReferences(String text) {
        return CHARACTER_REFERENCE.matcher(text).replaceAll(reference -> {
            int c = reference.group(1) != null ? Integer.parseInt(reference.group(1), 16)
                    : Integer.parseInt(reference.group(2));
            return Character.isValidCodePoint(c) ? Matcher.quoteReplacement(Character.toString(c)) : "";
        });
    }

    private static String withoutControls(String text) {
        return text.codePoints().filter(c -> c > 0x20).collect(StringBuilder::new, StringBuilder::appendCodePoint,
                StringBuilder::append).toString();
    }

    private static String firstNonNull(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return "";
    }
}
