package dev.alphanode.web;

import dev.alphanode.assets.Asset;
import dev.alphanode.assets.StaticAssets;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * {@code /static/**}: a fingerprinted URL ({@code /static/css/site.3f2a9c1e07.css}) is the same bytes forever, so it
 * is cacheable for a year and {@code immutable}; the plain URL ({@code /static/css/site.css}) still works for old
 * links, cached for five minutes. Both carry {@code ETag} and {@code Last-Modified} and answer conditional requests
 * with 304. A hashed URL whose hash is not the file's current one is a 404 (never other bytes under that name).
 */
public final class StaticFiles {
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String PLAIN = "public, max-age=300";
    /** IMF-fixdate (RFC 9110 §5.6.7): two-digit day, GMT; {@code RFC_1123_DATE_TIME} writes "2 Dec". */
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter
            .ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", java.util.Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final StaticAssets assets;

    public StaticFiles(StaticAssets assets) {
        this.assets = assets;
    }

    /** Serves the file, or returns false when the path names none (the caller answers 404). */
    boolean serve(Context ctx, String path) {
        StaticAssets.Found found = assets.find(path);
        if (found instanceof StaticAssets.Found.Current current) {
            send(ctx, current.asset(), IMMUTABLE);
            return true;
        }
        if (found instanceof StaticAssets.Found.Plain plain) {
            send(ctx, plain.asset(), PLAIN);
            return true;
        }
        return false;
    }

    private static void send(Context ctx, Asset asset, String cacheControl) {
        ctx.header("Cache-Control", cacheControl);
        ctx.header("ETag", asset.etag());
        ctx.header("Last-Modified", HTTP_DATE.format(asset.modified()));
        ctx.header("Vary", "Accept-Encoding");
        if (notModified(asset, ctx.header("If-None-Match"), ctx.header("If-Modified-Since"))) {
            ctx.status(304);
            return;
        }
        ctx.contentType(asset.contentType());
        ctx.result(asset.open());
    }

    /** RFC 9110 §13.1: {@code If-None-Match} (weak comparison, a list or {@code *}) decides; else {@code If-Modified-Since}. */
    static boolean notModified(Asset asset, String ifNoneMatch, String ifModifiedSince) {
        if (ifNoneMatch != null) {
            for (String tag : ifNoneMatch.split(",")) {
                String candidate = tag.trim();
                if (candidate.equals("*") || candidate.equals(asset.etag()) || candidate.equals("W/" + asset.etag())) {
                    return true;
                }
            }
            return false;
        }
        if (ifModifiedSince == null) {
            return false;
        }
        try {
            return !asset.modified().isAfter(Instant.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(ifModifiedSince.trim())));
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
