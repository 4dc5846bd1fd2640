package dev.alphanode.upload;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The checked target folder of an upload, relative to the content folder: {@code posts/…} or {@code media/…}. */
record UploadFolder(List<String> segments) {
    private static final int MAX_DEPTH = 12;
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}");
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:");
    private static final Pattern TRAVERSAL = Pattern.compile("(^|[/\\\\])\\.\\.?($|[/\\\\])");
    private static final String PLAIN = "a relative folder such as posts/redis or media/diagrams, made of "
            + "[A-Za-z0-9._-] names joined by '/'";

    UploadFolder {
        segments = List.copyOf(segments);
        if (segments.isEmpty() || !List.of("posts", "media").contains(segments.get(0))) {
            throw new IllegalArgumentException("an upload folder starts with posts or media, was " + segments);
        }
    }

    /** The folder named by {@code raw}, or the kind's own folder when no path was given. */
    static UploadFolder parse(Optional<String> raw, UploadKind kind) throws UploadRefusal {
        if (raw.isEmpty() || raw.get().isEmpty()) {
            return new UploadFolder(List.of(kind.folder));
        }
        String path = raw.get();
        refuseDisguises(path);
        List<String> segments = List.of(stripTrailingSlash(path).split("/", -1));
        for (String segment : segments) {
            refuseSegment(path, segment);
        }
        if (!List.of("posts", "media").contains(segments.get(0))) {
            throw UploadRefusal.badRequest("path " + UploadChars.quote(path) + " is outside posts/ and media/",
                    "posts/… for Markdown or media/… for images and PDFs");
        }
        if (segments.size() > MAX_DEPTH) {
            throw UploadRefusal.badRequest("path " + UploadChars.quote(path) + " is " + segments.size()
                    + " folders deep", "at most " + MAX_DEPTH);
        }
        return new UploadFolder(segments);
    }

    private static void refuseDisguises(String path) throws UploadRefusal {
        UploadChars.refuseTricks("path", path);
        String quoted = UploadChars.quote(path);
        if (path.indexOf('\\') >= 0) {
            throw UploadRefusal.badRequest("path " + quoted + " contains a backslash", PLAIN);
        }
        if (path.startsWith("/") || path.startsWith("~") || DRIVE.matcher(path).find()) {
            throw UploadRefusal.badRequest("path " + quoted + " is absolute", PLAIN);
        }
        if (path.indexOf('%') >= 0) {
            String decoded = percentDecoded(path);
            throw UploadRefusal.badRequest("path " + quoted + " is percent-encoded" + (TRAVERSAL.matcher(decoded).find()
                    ? " and decodes to " + UploadChars.quote(decoded) + ", which leaves its folder" : ""), PLAIN);
        }
        for (char c : path.toCharArray()) {
            if (c > 0x7F) {
                throw UploadRefusal.badRequest("path " + quoted + " contains the non-ASCII character "
                        + UploadChars.codePoint(c), PLAIN);
            }
        }
    }

    private static void refuseSegment(String path, String segment) throws UploadRefusal {
        String quoted = UploadChars.quote(path);
        if (segment.equals("..") || segment.equals(".")) {
            throw UploadRefusal.badRequest("path " + quoted + " contains a '" + segment + "' segment", PLAIN);
        }
        if (segment.isEmpty()) {
            throw UploadRefusal.badRequest("path " + quoted + " contains an empty folder name ('//')", PLAIN);
        }
        if (segment.startsWith(".")) {
            throw UploadRefusal.badRequest("path " + quoted + " names the hidden folder "
                    + UploadChars.quote(segment) + " (the site ignores hidden folders)", PLAIN);
        }
        if (!SEGMENT.matcher(segment).matches()) {
            throw UploadRefusal.badRequest("path " + quoted + " has the folder name " + UploadChars.quote(segment), PLAIN);
        }
    }

    /** Decodes until stable (at most a few rounds), so double encoding such as %252e shows what it hides. */
    private static String percentDecoded(String path) {
        String current = path;
        for (int round = 0; round < 4; round++) {
            try {
                String next = URLDecoder.decode(current.replace("+", "%2B"), StandardCharsets.UTF_8);
                if (next.equals(current)) {
                    break;
                }
                current = next;
            } catch (IllegalArgumentException e) {
                break;
            }
        }
        return current;
    }

    private static String stripTrailingSlash(String path) {
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    boolean isPosts() {
        return segments.get(0).equals("posts");
    }

    /** {@code folder/name}, with '/' separators, relative to the content folder. */
    String file(UploadName name) {
        return String.join("/", segments) + "/" + name;
    }

    @Override
    public String toString() {
        return String.join("/", segments);
    }
}
