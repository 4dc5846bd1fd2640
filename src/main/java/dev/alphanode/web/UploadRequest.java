package dev.alphanode.web;

import dev.alphanode.upload.Upload;
import dev.alphanode.upload.UploadRefusal;
import dev.alphanode.upload.Uploads;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import jakarta.servlet.MultipartConfigElement;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads what an upload request carries, either as multipart/form-data (part {@code file}, field {@code path})
 * or as a raw body with {@code ?name=…&path=…}.
 */
final class UploadRequest {
    /** Room for the multipart boundaries, part headers and the path field around the file itself. */
    static final long MULTIPART_OVERHEAD = 64 * 1024;
    private static final String JETTY_MULTIPART_CONFIG = "org.eclipse.jetty.multipartConfig";
    private static final int IN_MEMORY_PART = 64 * 1024;

    private UploadRequest() {
    }

    static Upload read(Context ctx, Uploads uploads) throws UploadRefusal, IOException {
        boolean multipart = ctx.isMultipartFormData();
        long declared = ctx.req().getContentLengthLong();
        if (declared > uploads.maxBytes() + (multipart ? MULTIPART_OVERHEAD : 0)) {
            throw UploadRefusal.tooLarge("the request body is " + declared + " bytes", uploads.maxBytes());
        }
        return multipart ? readMultipart(ctx, uploads) : readRaw(ctx, uploads);
    }

    private static Upload readRaw(Context ctx, Uploads uploads) throws UploadRefusal, IOException {
        try (InputStream body = ctx.bodyInputStream()) {
            return uploads.read(ctx.queryParam("name"), Optional.ofNullable(ctx.queryParam("path")), body);
        }
    }

    private static Upload readMultipart(Context ctx, Uploads uploads) throws UploadRefusal, IOException {
        long maxBytes = uploads.maxBytes();
        ctx.req().setAttribute(JETTY_MULTIPART_CONFIG, new MultipartConfigElement(
                System.getProperty("java.io.tmpdir"), maxBytes + 1, maxBytes + MULTIPART_OVERHEAD, IN_MEMORY_PART));
        List<UploadedFile> files = parts(ctx, maxBytes);
        if (files.size() != 1) {
            throw UploadRefusal.badRequest("the multipart request has " + files.size() + " parts named 'file'",
                    "exactly one part named 'file', plus an optional field 'path'");
        }
        Optional<String> path = Optional.ofNullable(ctx.formParam("path")).or(() -> Optional.ofNullable(ctx.queryParam("path")));
        try (InputStream content = files.get(0).content()) {
            return uploads.read(files.get(0).filename(), path, content);
        }
    }

    private static List<UploadedFile> parts(Context ctx, long maxBytes) throws UploadRefusal {
        try {
            return ctx.uploadedFiles("file");
        } catch (Exception e) {
            if (isOverLimit(e)) {
                throw UploadRefusal.tooLarge("the multipart upload is larger than allowed (" + rootMessage(e) + ")", maxBytes);
            }
            throw UploadRefusal.badRequest("the multipart body could not be read (" + rootMessage(e) + ")",
                    "well-formed multipart/form-data with a part named 'file'");
        }
    }

    /** Jetty says "max file size exceeded" or "max length exceeded" deep in the cause chain. */
    private static boolean isOverLimit(Throwable e) {
        String message = rootMessage(e).toLowerCase(Locale.ROOT);
        return message.contains("exceeded") || message.contains("too large");
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage());
    }
}
