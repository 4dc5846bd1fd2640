package dev.alphanode.web;

import dev.alphanode.cache.FragmentCache;
import dev.alphanode.cache.Served;
import dev.alphanode.ops.Faults;
import dev.alphanode.ops.Metrics;
import dev.alphanode.pages.Page;
import dev.alphanode.pages.PageStats;
import dev.alphanode.pages.Pages;
import dev.alphanode.pages.Redirects;
import dev.alphanode.route.Route;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.http.MethodNotAllowedResponse;
import java.util.Optional;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The HTTP face of the site: routes, headers, validators and the error pages, on Javalin. */
public final class WebServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(WebServer.class);

    private final Pages pages;
    private final Optional<FragmentCache> cache;
    private final Health health;
    private final MediaFiles media;
    private final AdminToken adminToken;
    private final Optional<NearHits> nearHits;
    private final Faults faults;
    private final Redirects redirects;
    private final EdgePolicy edge;
    private final Javalin app;
    /** Read by the connector Javalin builds when it starts. */
    private volatile int requestedPort;
    private static final int SELECTORS = Math.max(1, Runtime.getRuntime().availableProcessors());

    /** The parts, built by App: the page, cache and operator pieces this server routes to. */
    public record Parts(Pages pages, Optional<FragmentCache> cache, Health health, Metrics metrics, Faults faults,
                        MediaFiles media, AdminToken adminToken, Admin admin, RequestLog requestLog,
                        Optional<NearHits> nearHits, boolean https, Redirects redirects, EdgePolicy edge,
                        StaticFiles staticFiles) {
    }

    public WebServer(Parts parts) {
        this.pages = parts.pages();
        this.faults = parts.faults();
        this.cache = parts.cache();
        this.health = parts.health();
        this.media = parts.media();
        this.adminToken = parts.adminToken();
        this.nearHits = parts.nearHits();
        this.redirects = parts.redirects();
        this.edge = parts.edge();
        Admin admin = parts.admin();
        RequestLog requestLog = parts.requestLog();
        Metrics metrics = parts.metrics();
        boolean https = parts.https();
        this.app = Javalin.create(config -> {
            config.requestLogger.http(requestLog::record);
            config.jetty.modifyServer(server -> {
                // Near-cache hits are answered here, before Javalin's servlet (see NearHits).
                nearHits.ifPresent(server::insertHandler);
                // On stop: refuse new connections, let in-flight requests finish (up to 10 s), then close.
                // Inserted last, so it wraps NearHits too.
                server.setStopTimeout(10_000);
                server.insertHandler(new org.eclipse.jetty.server.handler.GracefulHandler());
            });
            // A search query of 10 KB (cut to 200 characters by the page) is answered, not refused with 414.
            config.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(32 * 1024));
            // One selector per core, not Jetty's one per two cores: near hits are answered in the selector
            // threads (NearHits), so their number is how many cores hits can use.
            config.jetty.addConnector((server, http) -> {
                ServerConnector connector = new ServerConnector(server, -1, SELECTORS, new HttpConnectionFactory(http));
                connector.setPort(requestedPort);
                return connector;
            });
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.generateEtags = false;
            config.http.maxRequestSize = 1_000_000;
            // A path that some route takes, asked with a method it does not take: 405 with Allow, not 404.
            config.http.prefer405over404 = true;
            config.router.javaLangErrorHandler((response, error) -> {
                faults.recordIfError("a request handler", error);
                response.setStatus(500);
            });
            config.routes.before(ctx -> SecurityHeaders.apply(ctx, https));
            for (String template : Route.templates()) {
                getAndHead(config, template, ctx -> serveRoute(ctx, template));
            }
            getAndHead(config, "/static/<path>", ctx -> {
                if (!parts.staticFiles().serve(ctx, ctx.pathParam("path"))) {
                    ctx.status(404);
                }
            });
            getAndHead(config, "/media/<path>", ctx -> {
                if (!media.serve(ctx, ctx.pathParam("path"))) {
                    ctx.status(404);
                }
            });
            getAndHead(config, Route.BUNDLE_FILES, ctx -> {
                if (!media.serveBundleFile(ctx, ctx.pathParam("slug"), ctx.pathParam("file"))) {
                    ctx.status(404);
                }
            });
            getAndHead(config, "/healthz", health::handle);
            getAndHead(config, "/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                    .header("Cache-Control", "no-store").result(metrics.scrape()));
            admin.routes(config);
            config.routes.exception(MethodNotAllowedResponse.class, (e, ctx) -> {
                if (admin.hides(ctx.path())) {
                    ctx.status(404);
                    return;
                }
                ctx.status(405);
                // Javalin's details hold one entry: the methods the path's routes take, e.g. "GET, HEAD".
                e.getDetails().values().stream().findFirst().ifPresent(allowed -> ctx.header("Allow", allowed));
            });
            config.routes.exception(Exception.class, (e, ctx) -> {
                if (!faults.recordIfError("a request handler (" + RequestLog.route(ctx) + ")", e)) {
                    log.error("{} {} failed", ctx.method(), ctx.path(), e);
                }
                ctx.status(500);
                errorPage(ctx);
            });
            config.routes.error(404, "*", this::notFound);
            config.routes.error(405, "*", this::errorPage);
            // An Error skips the exception handlers (see javaLangErrorHandler above); its 500 gets the page here.
            config.routes.error(500, "*", ctx -> {
                if (ctx.resultInputStream() == null) {
                    errorPage(ctx);
                }
            });
        });
    }

    /**
     * A page route: the path Javalin matched (path parameters put back into the template, so a
     * trailing slash is ignored as before) parsed by {@link Route}; 404 when it names no route, 301
     * to the canonical path when it is another spelling ({@code /page/1}).
     */
    private void serveRoute(Context ctx, String template) {
        String requested = template.replace("{slug}", ctx.pathParamMap().getOrDefault("slug", ""))
                .replace("{n}", ctx.pathParamMap().getOrDefault("n", ""));
        Optional<Route> route = Route.parse(requested, ctx::queryParam);
        if (route.isEmpty()) {
            ctx.status(404);
        } else if (!route.get().spelledAs(requested)) {
            ctx.redirect(route.get().path(), HttpStatus.MOVED_PERMANENTLY);
        } else {
            servePage(ctx, route.get(), pages.page(route.get(), adminToken.matches(ctx)));
        }
    }

    /**
     * A GET route whose HEAD runs the same handler (Jetty drops the body), as {@link NearHits} does:
     * without it Javalin answers HEAD 200 for any GET route without asking the handler, so a
     * load balancer probing {@code HEAD /healthz} never saw an outage.
     */
    static void getAndHead(io.javalin.config.JavalinConfig config, String path, io.javalin.http.Handler handler) {
        config.routes.get(path, handler);
        config.routes.head(path, handler);
    }

    /** Requests answered from the near cache ahead of Javalin (none when the cache is off). */
    long nearHitsAnswered() {
        return nearHits.map(NearHits::answered).orElse(0L);
    }

    public WebServer start(int port) {
        requestedPort = port;
        app.start(port);
        return this;
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }

    private void servePage(Context ctx, Route route, Page page) {
        boolean preview = adminToken.matches(ctx);
        Served served = preview || cache.isEmpty() ? FragmentCache.bypass(page, 0) : cache.get().serve(page);
        RequestLog.note(ctx, served.status().name(), page.stats().dbCalls());
        PageStats stats = page.stats();
        String timing = PageResponse.serverTiming(stats.dbCalls(), stats.dbNanos(), stats.renderNanos(),
                served.cacheNanos());
        PageResponse response = served.body()
                .map(body -> PageResponse.page(body, route, served.status(), timing, preview,
                        ctx.header("If-None-Match"), ctx.header("Accept-Encoding"), edge))
                .orElseGet(() -> PageResponse.missing(served.status(), timing));
        response.headers().forEach(header -> ctx.header(header.name(), header.value()));
        ctx.status(response.status());
        if (response.hasBody()) {
            ctx.result(response.bytes());
        }
    }

    /**
     * A 404 of any route, or of a path no route takes: an old URL (a post's permalink, aliases,
     * redirect_from, or a redirect stub) answers 301 to where it went, after every real route said no.
     */
    private void notFound(Context ctx) {
        boolean read = ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD;
        Optional<String> location = read ? redirects.location(ctx.path()) : Optional.empty();
        if (location.isEmpty()) {
            errorPage(ctx);
            return;
        }
        RequestLog.redirected(ctx);
        ctx.status(HttpStatus.MOVED_PERMANENTLY);
        ctx.header("Location", location.get());
        // The answer follows content edits (a renamed post, an edited alias list): revalidate like pages.
        // No edge keeps it (no s-maxage): which old paths an edit moves is not traced to a purge.
        ctx.header("Cache-Control", EdgePolicy.BROWSERS);
        ctx.result("");
    }

    private void errorPage(Context ctx) {
        int status = ctx.status().getCode();
        String title = switch (status) {
            case 404 -> "Page not found";
            case 405 -> "Method not allowed";
            default -> "Something went wrong";
        };
        String message = switch (status) {
            case 404 -> "There is no page at this address. It may have moved, or the link may be mistyped.";
            case 405 -> "This address does not accept that kind of request.";
            default -> "The page could not be shown. The error was logged; retrying in a moment may help.";
        };
        ctx.header("Cache-Control", "no-store");
        try {
            ctx.html(pages.error(status, title, message));
        } catch (RuntimeException | Error e) {
            if (!faults.recordIfError("rendering the " + status + " page", e)) {
                log.error("rendering the {} page failed", status, e);
            }
            ctx.contentType("text/plain; charset=utf-8").result(status + " " + title);
        }
    }


}
