package dev.alphanode.edge;

import dev.alphanode.cache.PurgeDecision;
import dev.alphanode.cache.RouteFragment;
import dev.alphanode.config.Config;
import dev.alphanode.route.EdgeKeys;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the edge cache in front (Varnish, a CDN) what a content change purged, off the sync thread:
 * {@link #announce} only records the routes (coalesced, bounded) and returns; one thread of its own
 * sends them — in {@code keys} mode one {@code PURGE} naming the routes' surrogate keys in an
 * {@code xkey-purge} header (or {@code site} for a site-wide change), in {@code urls} mode one
 * {@code PURGE} per route URL — retrying with back-off, counting what it sent, retried and gave up on.
 */
public final class EdgePurger implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EdgePurger.class);
    /** The header a keys-mode purge names its keys in (Varnish vmod xkey's, also read by docs/varnish/alphanode.vcl). */
    public static final String KEYS_HEADER = "xkey-purge";
    /** Routes waiting beyond this many become one site-wide purge: the queue stays bounded. */
    static final int MAX_PENDING = 10_000;
    static final int MAX_ATTEMPTS = 6;
    /** Keys per request are cut to fit edge header limits (Varnish's default is 8 KB a header). */
    static final int MAX_HEADER = 4_000;
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

    private final Config.EdgePurge target;
    private final Duration firstBackoff;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final Set<String> pendingRoutes = new LinkedHashSet<>();
    private boolean pendingSite;
    private boolean closed;
    private final Thread sender;
    private final LongAdder sent = new LongAdder();
    private final LongAdder retried = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private final LongAdder skipped = new LongAdder();

    public EdgePurger(Config.EdgePurge target) {
        this(target, Duration.ofMillis(200));
    }

    EdgePurger(Config.EdgePurge target, Duration firstBackoff) {
        this.target = target;
        this.firstBackoff = firstBackoff;
        this.sender = new Thread(this::run, "edge-purge");
        sender.setDaemon(true);
        sender.start();
    }

    /** Queues what {@code decision} purged for the edge; never waits for the edge. */
    public void announce(PurgeDecision decision) {
        if (decision instanceof PurgeDecision.Exact exact && exact.fragments().isEmpty()) {
            return;
        }
        synchronized (this) {
            if (decision instanceof PurgeDecision.Exact exact && !pendingSite) {
                exact.fragments().stream().map(RouteFragment::route).forEach(pendingRoutes::add);
                if (pendingRoutes.size() > MAX_PENDING) {
                    log.warn("edge purge: more than {} routes waiting for {}; purging the whole site there instead",
                            MAX_PENDING, target.url());
                    pendingSite = true;
                }
            } else {
                pendingSite = true;
            }
            if (pendingSite) {
                pendingRoutes.clear();
            }
            notifyAll();
        }
    }

    /** Purge requests the edge took. */
    public long sent() {
        return sent.sum();
    }

    /** Attempts that failed and were tried again after a back-off. */
    public long retried() {
        return retried.sum();
    }

    /** Purge requests given up on after {@link #MAX_ATTEMPTS} attempts, or refused for good by the edge. */
    public long failed() {
        return failed.sum();
    }

    /** Site-wide purges {@code urls} mode cannot send (it has no list of every URL). */
    public long skipped() {
        return skipped.sum();
    }

    /** Routes waiting to be sent. */
    public synchronized int pending() {
        return pendingRoutes.size() + (pendingSite ? 1 : 0);
    }

    private void run() {
        while (true) {
            boolean site;
            List<String> routes;
            synchronized (this) {
                while (!closed && !pendingSite && pendingRoutes.isEmpty()) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (closed) {
                    return;
                }
                site = pendingSite;
                routes = new ArrayList<>(pendingRoutes);
                pendingSite = false;
                pendingRoutes.clear();
            }
            for (HttpRequest request : requests(site, routes)) {
                if (!send(request)) {
                    return;
                }
            }
        }
    }

    private List<HttpRequest> requests(boolean site, List<String> routes) {
        if (target.mode() == Config.EdgePurge.Mode.URLS) {
            if (site) {
                skipped.increment();
                log.warn("edge purge: a site-wide change cannot be sent to {} in urls mode (there is no list of every"
                        + " URL); pages stay there until their s-maxage runs out, or set ANP_EDGE_PURGE_MODE=keys",
                        target.url());
                return List.of();
            }
            return routes.stream().map(route -> purge(URI.create(target.url() + route)).build()).toList();
        }
        List<String> keys = site ? List.of(EdgeKeys.SITE) : routes.stream().map(EdgeKeys::route).toList();
        List<HttpRequest> requests = new ArrayList<>();
        StringBuilder header = new StringBuilder();
        for (String key : keys) {
            if (header.length() > 0 && header.length() + 1 + key.length() > MAX_HEADER) {
                requests.add(purge(target.url()).header(KEYS_HEADER, header.toString()).build());
                header.setLength(0);
            }
            header.append(header.length() == 0 ? "" : " ").append(key);
        }
        requests.add(purge(target.url()).header(KEYS_HEADER, header.toString()).build());
        return requests;
    }

    private static HttpRequest.Builder purge(URI url) {
        return HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(5))
                .method("PURGE", HttpRequest.BodyPublishers.noBody());
    }

    /** Sends with retries; false once the purger is closed. */
    private boolean send(HttpRequest request) {
        Duration backoff = firstBackoff;
        String why = "";
        int attempt = 1;
        for (; attempt <= MAX_ATTEMPTS; attempt++) {
            try {
                int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status / 100 == 2 || status == 404 && target.mode() == Config.EdgePurge.Mode.URLS) {
                    sent.increment();
                    return true;
                }
                why = "the edge answered " + status;
                if (!(status >= 500 || status == 429 || status == 408)) {
                    break;
                }
            } catch (IOException e) {
                why = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            } catch (InterruptedException e) {
                return false;
            }
            if (attempt < MAX_ATTEMPTS) {
                retried.increment();
                try {
                    Thread.sleep(backoff.toMillis() + ThreadLocalRandom.current().nextLong(backoff.toMillis() / 4 + 1));
                } catch (InterruptedException e) {
                    return false;
                }
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
        failed.increment();
        log.error("edge purge: gave up on PURGE {}{} after {} ({}); those pages stay at the edge until their s-maxage runs out:"
                        + " check the edge, then purge them there by hand (docs/operations.md, \"Edge cache\")",
                request.uri(), request.headers().firstValue(KEYS_HEADER).map(keys -> " " + KEYS_HEADER + ": "
                        + (keys.length() > 300 ? keys.substring(0, 300) + " …" : keys)).orElse(""),
                Math.min(attempt, MAX_ATTEMPTS) == 1 ? "1 attempt" : Math.min(attempt, MAX_ATTEMPTS) + " attempts", why);
        return true;
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            if (pendingSite || !pendingRoutes.isEmpty()) {
                log.warn("edge purge: stopping with {} purges not sent to {}", pending(), target.url());
            }
            notifyAll();
        }
        sender.interrupt();
    }
}
