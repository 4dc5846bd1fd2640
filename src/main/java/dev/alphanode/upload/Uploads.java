package dev.alphanode.upload;

import dev.alphanode.content.ContentProblem;
import dev.alphanode.content.ParseResult;
import dev.alphanode.content.PostParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One post or media file into the content folder. The kind comes from the bytes, the name and folder are
 * made safe, posts must pass the same checks as {@code check}, and the file appears in one atomic rename.
 * A refusal is an {@link UploadRefusal} and writes nothing.
 */
public final class Uploads {
    private final UploadTarget target;
    private final long maxBytes;
    private final PostParser parser = new PostParser();

    public Uploads(Path contentDir, long maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("upload limit must be at least 1 byte, was " + maxBytes);
        }
        this.target = new UploadTarget(contentDir);
        this.maxBytes = maxBytes;
    }

    /** The limit on a file's own bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    /** Reads the file from {@code body}, counting the bytes whatever the request's headers said. */
    public Upload read(String name, Optional<String> path, InputStream body) throws UploadRefusal, IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        long total = 0;
        for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
            total += read;
            if (total > maxBytes) {
                throw UploadRefusal.tooLarge("file " + UploadChars.quote(String.valueOf(name)) + " has more than "
                        + maxBytes + " bytes", maxBytes);
            }
            out.write(buffer, 0, read);
        }
        return new Upload(name, path, out.toByteArray());
    }

    /** Checks the upload and writes it atomically. */
    public UploadReceipt accept(Upload upload) throws UploadRefusal, IOException {
        UploadName name = UploadName.normalise(upload.name());
        UploadKind kind = kindOf(name, upload.bytes());
        UploadFolder folder = folderFor(UploadFolder.parse(upload.path(), kind), kind, name);
        String relative = folder.file(name);
        List<String> warnings = check(relative, kind, upload.bytes());
        boolean replaced = target.write(target.resolve(relative), upload.bytes());
        return new UploadReceipt(relative, upload.bytes().length, kind.label, warnings, replaced);
    }

    private static UploadKind kindOf(UploadName name, byte[] bytes) throws UploadRefusal {
        String quoted = UploadChars.quote(name.toString());
        UploadKind claimed = UploadKind.forExtension(name.extension()).orElseThrow(() -> UploadRefusal.unsupported(
                "file " + quoted + (name.extension().isEmpty() ? " has no extension" : " has the extension '."
                        + name.extension() + "'"), "one of " + UploadKind.allExtensions()));
        if (bytes.length == 0) {
            throw UploadRefusal.badRequest("file " + quoted + " is empty", "the bytes of a " + claimed.description);
        }
        UploadKind actual = UploadKind.detect(bytes).orElseThrow(() -> UploadRefusal.unsupported("file " + quoted
                + " does not hold what its name says (it starts with " + UploadKind.firstBytes(bytes) + ")",
                "a " + claimed.description));
        if (actual != claimed) {
            throw UploadRefusal.unsupported("file " + quoted + " holds a " + actual.description
                    + " but its name says " + claimed.label, "the extension ." + actual.extensions.get(0) + " for this content");
        }
        return actual;
    }

    private static UploadFolder folderFor(UploadFolder folder, UploadKind kind, UploadName name) throws UploadRefusal {
        if (folder.isPosts() != (kind == UploadKind.MARKDOWN)) {
            throw UploadRefusal.badRequest(kind.label + " file " + UploadChars.quote(name.toString())
                    + " cannot go to " + UploadChars.quote(folder + "/"), "a path under " + kind.folder + "/ for a " + kind.label + " file");
        }
        return folder;
    }

    /** Checks the content itself; a post's warnings when it is acceptable. */
    private List<String> check(String relative, UploadKind kind, byte[] bytes) throws UploadRefusal {
        if (kind == UploadKind.SVG) {
            UploadSvg.check(relative, UploadKind.text(bytes).orElseThrow());
        }
        return kind == UploadKind.MARKDOWN ? checkPost(relative, bytes) : List.of();
    }

    /** The post's warnings; refused with every problem listed when any is an error. */
    private List<String> checkPost(String relative, byte[] bytes) throws UploadRefusal {
        ParseResult result = parser.parse(relative, bytes);
        List<String> problems = result.problems().stream().map(ContentProblem::toString).toList();
        long errors = result.problems().stream().filter(ContentProblem::isError).count();
        if (errors > 0) {
            throw UploadRefusal.problems("post " + UploadChars.quote(relative) + " has " + errors
                    + (errors == 1 ? " error" : " errors"), "a post that `check` accepts; fix the listed lines", problems);
        }
        return problems;
    }
}
