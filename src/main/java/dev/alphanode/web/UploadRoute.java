package dev.alphanode.web;

import dev.alphanode.upload.UploadReceipt;
import dev.alphanode.upload.UploadRefusal;
import dev.alphanode.upload.Uploads;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /admin/upload}: the request to {@link Uploads}, the outcome to JSON. Created is 201, replaced
 * 200; a refusal is its 4xx with {@code {"error": …}} (and {@code "problems"} for a post) and wrote nothing.
 */
public final class UploadRoute {
    private static final Logger log = LoggerFactory.getLogger(UploadRoute.class);

    private final Uploads uploads;

    public UploadRoute(Uploads uploads) {
        this.uploads = uploads;
    }

    void handle(Context ctx) throws Exception {
        ctx.header("Cache-Control", "no-store");
        try {
            UploadReceipt receipt = uploads.accept(UploadRequest.read(ctx, uploads));
            log.info("upload {} {} ({} bytes)", receipt.replaced() ? "replaced" : "created", receipt.path(), receipt.bytes());
            reply(ctx, receipt.replaced() ? 200 : 201, receiptBody(receipt));
        } catch (UploadRefusal refusal) {
            log.info("upload refused with {}: {}", refusal.status(), refusal.getMessage());
            reply(ctx, refusal.status(), refusalBody(refusal));
        } catch (IOException e) {
            log.error("upload failed", e);
            reply(ctx, 500, Map.of("error", "writing the upload failed: " + e.getMessage()
                    + " (expected a writable content folder); retrying may help, nothing was replaced"));
        }
    }

    private static Map<String, Object> receiptBody(UploadReceipt receipt) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("path", receipt.path());
        body.put("bytes", receipt.bytes());
        body.put("kind", receipt.kind());
        if (!receipt.warnings().isEmpty()) {
            body.put("warnings", receipt.warnings());
        }
        return body;
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
        JsonReply.send(ctx, status, body);
    }
}
