package dev.alphanode.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.alphanode.content.ContentProblem;
import dev.alphanode.content.ParseResult;
import dev.alphanode.content.PostParser;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /admin/upload}: one post or media file into the content folder. The kind comes from the
 * bytes, the name and folder are made safe, posts must pass the same checks as {@code check}, and the
 * file appears in one atomic rename. A refusal is a 4xx JSON {@code {"error": …}} and writes nothing.
 */
final class Uploads {
    /** The limit the site passes: 5 MiB, counted on the file's own bytes. */
    static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;
    private static final Logger log = LoggerFactory.getLogger(Uploads.class);

    private final UploadTarget target;
    private final long maxBytes;
    private final PostParser parser = new PostParser();
    private final ObjectMapper json = new ObjectMapper();

    Uploads(Path contentDir, long maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("upload limit must be at least 1 byte, was " + maxBytes);
        }
        this.target = new UploadTarget(contentDir);
        this.maxBytes = maxBytes;
    }

    void handle(Context ctx) throws Exception {
        ctx.header("Cache-Control", "no-store");
        try {
            UploadRequest request = UploadRequest.read(ctx, maxBytes);
            UploadName name = UploadName.normalise(request.name());
            UploadKind kind = kindOf(name, request.bytes());
            UploadFolder folder = folderFor(UploadFolder.parse(request.path(), kind), kind, name);
            String relative = folder.file(name);
            Map<String, Object> body = accept(relative, kind, request.bytes());
            boolean replaced = target.write(target.resolve(relative), request.bytes());
            log.info("upload {} {} ({} bytes)", replaced ? "replaced" : "created", relative, request.bytes().length);
            reply(ctx, replaced ? 200 : 201, body);
        } catch (UploadRefusal refusal) {
            log.info("upload refused with {}: {}", refusal.status(), refusal.getMessage());
            reply(ctx, refusal.status(), refusalBody(refusal));
        } catch (IOException e) {
            log.error("upload failed", e);
            reply(ctx, 500, Map.of("error", "writing the upload failed: " + e.getMessage()
                    + " (expected a writable content folder); retrying may help, nothing was replaced"));
        }
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

    /** Checks the content itself; the reply body when it is acceptable. */
    private Map<String, Object> accept(String relative, UploadKind kind, byte[] bytes) throws UploadRefusal {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("path", relative);
        body.put("bytes", bytes.length);
        body.put("kind", kind.label);
        if (kind == UploadKind.SVG) {
            UploadSvg.check(relative, UploadKind.text(bytes).orElseThrow());
        }
        if (kind == UploadKind.MARKDOWN) {
            List<String> warnings = checkPost(relative, bytes);
            if (!warnings.isEmpty()) {
                body.put("warnings", warnings);
            }
        }
        return body;
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

    private static Map<String, Object> refusalBody(UploadRefusal refusal) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", refusal.getMessage());
        if (!refusal.problems().isEmpty()) {
            body.put("problems", refusal.problems());
        }
        return body;
    }

    private void reply(Context ctx, int status, Map<String, ?> body) throws IOException {
        ctx.status(status).contentType("application/json").result(json.writeValueAsString(body));
    }
}
