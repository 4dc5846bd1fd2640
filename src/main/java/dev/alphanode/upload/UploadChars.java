package dev.alphanode.upload;

import java.text.Normalizer;
import java.util.Optional;

/** Characters that hide or fake a path in a name: NUL, controls, invisible or bidi marks, look-alikes of '.', '/', '\'. */
final class UploadChars {
    private static final int MAX_QUOTED = 120;

    private UploadChars() {
    }

    /** Refuses {@code value} when it holds a character that could disguise a path; {@code what} names the field. */
    static void refuseTricks(String what, String value) throws UploadRefusal {
        Optional<String> trick = firstTrick(value);
        if (trick.isPresent()) {
            throw UploadRefusal.badRequest(what + " " + quote(value) + " contains " + trick.get(),
                    "visible characters only, with no look-alikes of '.', '/' or '\\'");
        }
    }

    private static Optional<String> firstTrick(String value) {
        for (int i = 0; i < value.length(); i = value.offsetByCodePoints(i, 1)) {
            int c = value.codePointAt(i);
            Optional<String> trick = describe(c);
            if (trick.isPresent()) {
                return trick;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> describe(int c) {
        if (c == 0) {
            return Optional.of("a NUL byte (U+0000)");
        }
        int type = Character.getType(c);
        if (type == Character.CONTROL) {
            return Optional.of("the control character " + codePoint(c));
        }
        if (type == Character.FORMAT || type == Character.UNASSIGNED || type == Character.PRIVATE_USE
                || type == Character.SURROGATE || isFiller(c)) {
            return Optional.of("the invisible or direction-changing character " + codePoint(c));
        }
        if (c > 0x7F && looksLikeSeparator(c)) {
            return Optional.of("the look-alike character " + codePoint(c) + " (it normalises to '"
                    + Normalizer.normalize(Character.toString(c), Normalizer.Form.NFKC) + "')");
        }
        return Optional.empty();
    }

    private static boolean isFiller(int c) {
        return c == 0x034F || c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 || c == 0x2800;
    }

    private static boolean looksLikeSeparator(int c) {
        String folded = Normalizer.normalize(Character.toString(c), Normalizer.Form.NFKC);
        return folded.indexOf('.') >= 0 || folded.indexOf('/') >= 0 || folded.indexOf('\\') >= 0;
    }

    /** The value in single quotes, with anything invisible or non-ASCII written as U+XXXX, cut at a readable length. */
    static String quote(String value) {
        StringBuilder out = new StringBuilder("'");
        value.codePoints().limit(MAX_QUOTED).forEach(c -> {
            if (c >= 0x20 && c < 0x7F) {
                out.append(c == '\'' ? "\\'" : Character.toString(c));
            } else {
                out.append("\\u{").append(Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT)).append('}');
            }
        });
        return out.append(value.codePointCount(0, value.length()) > MAX_QUOTED ? "…'" : "'").toString();
    }

    static String codePoint(int c) {
        return String.format("U+%04X", c);
    }
}
