package dev.alphanode.edge;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.alphanode.Await;
import dev.alphanode.cache.PurgeDecision;
import dev.alphanode.cache.RouteFragment;
import dev.alphanode.config.Config;
import dev.alphanode.ops.Metrics;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The purger against a real HTTP server: what it sends, how it retries, what /metrics and the log say. */
class EdgePurgerTest {
    static final Duration FIRST_BACKOFF = Duration.ofMillis(50);
    PurgeTarget edge;
    EdgePurger purger;
    Metrics metrics;
    final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @BeforeEach
    void start() throws Exception {
        edge = new PurgeTarget();
        metrics = new Metrics();
        log.start();
        ((Logger) LoggerFactory.getLogger(EdgePurger.class)).addAppender(log);
    }

    @AfterEach
    void stop() {
        ((Logger) LoggerFactory.getLogger(EdgePurger.class)).detachAppender(log);
        if (purger != null) {
            purger.close();
        }
        metrics.close();
        edge.close();
    }

    EdgePurger purger(Config.EdgePurge.Mode mode) {
        purger = new EdgePurger(new Config.EdgePurge(edge.uri(), mode), FIRST_BACKOFF);
        metrics.edge(purger);
        return purger;
    }

    static PurgeDecision routes(String... routes) {
        return new PurgeDecision.Exact(Set.copyOf(java.util.Arrays.stream(routes)
                .map(route -> new RouteFragment(route, "article")).toList()));
    }

    @Test
    void keys_mode_sends_one_purge_naming_each_route_once_and_site_for_a_site_wide_change() throws Exception {
        purger(Config.EdgePurge.Mode.KEYS).announce(new PurgeDecision.Exact(Set.of(new RouteFragment("/posts/a", "article"),
                new RouteFragment("/posts/a", "similar-posts"), new RouteFragment("/feed.xml", "feed"))));
        PurgeTarget.Seen first = edge.next(Duration.ofSeconds(5));
        assertThat(first.method()).isEqualTo("PURGE");
        assertThat(first.keyList()).containsExactlyInAnyOrder("/posts/a", "/feed.xml");
        purger.announce(new PurgeDecision.Everything("site.yml changed"));
        assertThat(edge.next(Duration.ofSeconds(5)).keyList()).containsExactly("site");
        purger.announce(PurgeDecision.nothing());
        assertThat(edge.maybeNext(Duration.ofMillis(300))).as("an empty purge sends nothing").isEmpty();
        Await.until(Duration.ofSeconds(5), "two purges counted as sent", () -> scrape().contains(sent(2)));
    }

    @Test
    void urls_mode_sends_a_purge_per_route_url_and_cannot_send_a_site_wide_change() throws Exception {
        purger(Config.EdgePurge.Mode.URLS).announce(routes("/posts/a", "/tags/x/page/2"));
        List<String> paths = List.of(edge.next(Duration.ofSeconds(5)).path(), edge.next(Duration.ofSeconds(5)).path());
        assertThat(paths).containsExactlyInAnyOrder("/posts/a", "/tags/x/page/2");
        purger.announce(new PurgeDecision.Everything("a fresh database"));
        Await.until(Duration.ofSeconds(5), "the site-wide purge counted as skipped",
                () -> scrape().contains("anp_edge_purges_total{outcome=\"skipped\"} 1.0"));
        assertThat(edge.maybeNext(Duration.ofMillis(200))).isEmpty();
        assertThat(log.list).anySatisfy(line -> assertThat(line.getFormattedMessage()).contains("urls mode", edge.uri().toString()));
    }

    @Test
    void a_failing_edge_is_retried_with_growing_back_off_and_the_retries_are_counted() throws Exception {
        edge.answer(503, 503, 500);
        purger(Config.EdgePurge.Mode.KEYS).announce(routes("/posts/a"));
        long[] at = new long[4];
        for (int i = 0; i < 4; i++) {
            PurgeTarget.Seen request = edge.next(Duration.ofSeconds(5));
            assertThat(request.keyList()).containsExactly("/posts/a");
            at[i] = request.nanos();
        }
        Duration firstGap = Duration.ofNanos(at[1] - at[0]);
        Duration thirdGap = Duration.ofNanos(at[3] - at[2]);
        assertThat(firstGap).isGreaterThanOrEqualTo(FIRST_BACKOFF);
        assertThat(thirdGap).as("back-off doubles: 50, 100, 200 ms").isGreaterThanOrEqualTo(FIRST_BACKOFF.multipliedBy(4));
        Await.until(Duration.ofSeconds(5), "3 retries and 1 purge sent in /metrics",
                () -> scrape().contains("anp_edge_purges_total{outcome=\"retried\"} 3.0") && scrape().contains(sent(1)));
        assertThat(scrape()).contains("anp_edge_purges_total{outcome=\"failed\"} 0.0");
    }

    @Test
    void an_edge_that_keeps_failing_is_given_up_on_counted_and_logged_with_what_where_and_why() throws Exception {
        edge.alwaysAnswer(503);
        purger(Config.EdgePurge.Mode.KEYS).announce(routes("/posts/gone"));
        for (int i = 0; i < EdgePurger.MAX_ATTEMPTS; i++) {
            edge.next(Duration.ofSeconds(10));
        }
        Await.until(Duration.ofSeconds(5), "the purge counted as failed",
                () -> scrape().contains("anp_edge_purges_total{outcome=\"failed\"} 1.0"));
        assertThat(scrape()).contains("anp_edge_purges_total{outcome=\"retried\"} " + (EdgePurger.MAX_ATTEMPTS - 1) + ".0");
        assertThat(log.list).anySatisfy(line -> assertThat(line.getFormattedMessage())
                .contains("gave up", edge.uri().toString(), "/posts/gone", "503"));
        edge.alwaysAnswer(0);
        purger.announce(routes("/posts/next"));
        assertThat(edge.next(Duration.ofSeconds(5)).keyList()).as("later purges still go out").containsExactly("/posts/next");
    }

    @Test
    void a_refusal_is_not_retried() throws Exception {
        edge.answer(403);
        purger(Config.EdgePurge.Mode.KEYS).announce(routes("/posts/a"));
        edge.next(Duration.ofSeconds(5));
        Await.until(Duration.ofSeconds(5), "the refused purge counted as failed",
                () -> scrape().contains("anp_edge_purges_total{outcome=\"failed\"} 1.0"));
        assertThat(edge.maybeNext(Duration.ofMillis(300))).isEmpty();
        assertThat(scrape()).contains("anp_edge_purges_total{outcome=\"retried\"} 0.0");
    }

    @Test
    void purges_announced_while_the_edge_is_slow_wait_coalesced_and_announcing_never_blocks() throws Exception {
        edge.hold();
        purger(Config.EdgePurge.Mode.KEYS).announce(routes("/posts/a"));
        edge.next(Duration.ofSeconds(5));
        long start = System.nanoTime();
        for (int i = 0; i < 1_000; i++) {
            purger.announce(routes("/posts/b", "/posts/c"));
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("1,000 announcements while the edge holds a request")
                .isLessThan(Duration.ofSeconds(1));
        assertThat(purger.pending()).isEqualTo(2);
        assertThat(scrape()).contains("anp_edge_purge_pending 2.0");
        edge.release();
        assertThat(edge.next(Duration.ofSeconds(5)).keyList()).containsExactlyInAnyOrder("/posts/b", "/posts/c");
        assertThat(edge.maybeNext(Duration.ofMillis(300))).isEmpty();
    }

    @Test
    void more_routes_waiting_than_the_bound_become_one_site_wide_purge() throws Exception {
        edge.hold();
        purger(Config.EdgePurge.Mode.KEYS).announce(routes("/posts/a"));
        edge.next(Duration.ofSeconds(5));
        for (int i = 0; i <= EdgePurger.MAX_PENDING; i++) {
            purger.announce(routes("/posts/p" + i));
        }
        assertThat(purger.pending()).isEqualTo(1);
        edge.release();
        assertThat(edge.next(Duration.ofSeconds(5)).keyList()).containsExactly("site");
    }

    private String scrape() {
        return metrics.scrape();
    }

    private static String sent(int count) {
        return "anp_edge_purges_total{outcome=\"sent\"} " + count + ".0";
    }
}
