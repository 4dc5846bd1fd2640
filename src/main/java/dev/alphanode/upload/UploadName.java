package dev.alphanode.upload;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An uploaded file's name made safe: Unicode NFC, lower case, spaces to '-', only {@code [a-z0-9._-]},
 * no leading dot, at most 100 characters, the extension kept.
 */
record UploadName(String stem, String extension) {
    static final int MAX_LENGTH = 100;
    private static final int MAX_EXTENSION = 16;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern OTHER = Pattern.compile("[^a-z0-9._-]");
    private static final Pattern DASHES = Pattern.compile("-{2,}");
    private static final Pattern DOTS = Pattern.compile("\\.{2,}");
    private static final Pattern SAFE = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    UploadName {
        if (!SAFE.matcher(stem).matches() || !extension.isEmpty() && !SAFE.matcher(extension).matches()
                || stem.length() + extension.length() + 1 > MAX_LENGTH) {
            throw new IllegalArgumentException("not a normalised file name: '" + stem + "' . '" + extension + "'");
        }
    }

    static UploadName normalise(String raw) throws UploadRefusal {
        if (raw == null || raw.isBlank()) {
            throw UploadRefusal.badRequest("the upload has no file name",
                    "a multipart part 'file' with a filename, or ?name=<file name> with a raw body");
        }
        UploadChars.refuseTricks("file name", raw);
        if (raw.indexOf('/') >= 0 || raw.indexOf('\\') >= 0) {
            throw UploadRefusal.badRequest("file name " + UploadChars.quote(raw) + " contains a path separator",
                    "a bare file name; give the folder in the 'path' field");
        }
        String name = squeeze(Normalizer.normalize(raw, Normalizer.Form.NFC).toLowerCase(Locale.ROOT));
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : trim(name.substring(dot + 1));
        if (extension.length() > MAX_EXTENSION) {
            throw UploadRefusal.badRequest("file name " + UploadChars.quote(raw) + " has a " + extension.length()
                    + "-character extension", "a short extension such as .md, .png or .svg");
        }
        String stem = trim(dot < 0 ? name : name.substring(0, dot));
        stem = trim(stem.substring(0, Math.min(stem.length(), MAX_LENGTH - extension.length() - 1)));
        if (stem.isEmpty()) {
            throw UploadRefusal.badRequest("file name " + UploadChars.quote(raw) + " is empty once normalised to [a-z0-9._-]",
                    "at least one letter or digit before the extension");
        }
        return new UploadName(stem, extension);
    }

    private static String squeeze(String name) {
        String safe = OTHER.matcher(SPACES.matcher(name).replaceAll("-")).replaceAll("-");
        return DOTS.matcher(DASHES.matcher(safe).replaceAll("-")).replaceAll(".");
    }

    private static String trim(String part) {
        int start = 0;
        int end = part.length();
        while (start < end && "._-".indexOf(part.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && "._-".indexOf(part.charAt(end - 1)) >= 0) {
            end--;
        }
        return part.substring(start, end);
    }

    @Override
    public String toString() {
        return extension.isEmpty() ? stem : stem + "." + extension;
    }
}
