import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Discovery at N generated posts, on the built jar: the start-up (import + similar lists + search
 * index, -Xmx512m, fresh database), search latency over HTTP with ANP_CACHE=off (every query runs
 * Lucene and renders), and how soon /feed.xml and /sitemap.xml show a new post (cache on, watcher on).
 * Usage: java bench/discovery/DiscoveryBench.java target/alphanode.jar [posts=20000] [queries=2000] [adds=20]
 * Traffic goes to 127.0.0.1 only.
 */
public class DiscoveryBench {
    static final HttpClient http = HttpClient.newHttpClient();
    static final Pattern WORD = Pattern.compile("[a-z]{4,}");

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]).toAbsolutePath();
        int posts = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        int queries = args.length > 2 ? Integer.parseInt(args[2]) : 2_000;
        int adds = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        Path work = Files.createTempDirectory("anp-discovery-bench");
        Process generate = new ProcessBuilder("java", "-jar", jar.toString(), "generate", "--count", String.valueOf(posts),
                "--out", work.resolve("content").toString(), "--seed", "3").inheritIO().start();
        if (generate.waitFor() != 0) {
            throw new IllegalStateException("generate failed");
        }
        List<String> words = words(work.resolve("content/posts"));

        int uncached = 18_190;
        Process app = start(jar, work, "off", uncached, "data-off");
        try {
            long ready = System.nanoTime();
            awaitUp(uncached);
            String log = Files.readString(work.resolve("data-off.log"));
            System.out.printf("start-up with %d posts, fresh database, -Xmx512m: %.1f s to /healthz 200%n", posts,
                    (System.nanoTime() - ready) / 1e9);
            logged(log, "import: ");
            logged(log, "similar: ");
            logged(log, "search: ");
            logged(log, "ready on");
            Random random = new Random(7);
            for (int i = 0; i < 200; i++) {
                get(uncached, search(words, random));
            }
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < queries; i++) {
                String route = search(words, random);
                long t0 = System.nanoTime();
                HttpResponse<String> response = get(uncached, route);
                millis.add((System.nanoTime() - t0) / 1e6);
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(route + " answered " + response.statusCode());
                }
            }
            report("search over HTTP, uncached (1–3 words)", millis);
        } finally {
            app.destroy();
            app.waitFor();
        }

        int cached = 18_191;
        app = start(jar, work, "on", cached, "data-on");
        try {
            awaitUp(cached);
            List<Double> feed = new ArrayList<>();
            List<Double> sitemap = new ArrayList<>();
            for (int i = 1; i <= adds; i++) {
                get(cached, "/feed.xml");
                get(cached, "/sitemap.xml");
                String slug = "bench-new-post-" + i + "-" + System.nanoTime();
                long t0 = System.nanoTime();
                Files.writeString(work.resolve("content/posts/" + slug + ".md"), "---\ntitle: \"a new post " + i
                        + "\"\ndate: 2099-01-0" + (1 + i % 9) + "\nslug: " + slug + "\n---\nNew.\n");
                // Each route polled on its own thread: a 4 MB sitemap fetch must not delay seeing the feed.
                var feedSeen = java.util.concurrent.CompletableFuture.supplyAsync(() -> until(cached, "/feed.xml",
                        "/posts/" + slug + "</id>", t0));
                var sitemapSeen = java.util.concurrent.CompletableFuture.supplyAsync(() -> until(cached, "/sitemap.xml",
                        "/posts/" + slug + "</loc>", t0));
                feed.add(feedSeen.get());
                sitemap.add(sitemapSeen.get());
                Thread.sleep(200);
            }
            report("new post file → in /feed.xml", feed);
            report("new post file → in /sitemap.xml", sitemap);
        } finally {
            app.destroy();
            app.waitFor();
        }
    }

    /**
     * Milliseconds from {@code t0} until {@code route} contains {@code text}, polled as feed readers
     * and crawlers do: a conditional GET with the last ETag, so an unchanged document is a 304 and
     * the poll does not spend the server's two cores re-sending 4 MB while the sync runs.
     */
    static double until(int port, String route, String text, long t0) {
        String etag = "";
        while (true) {
            HttpResponse<String> response = get(port, route, etag);
            if (response.statusCode() == 200) {
                if (response.body().contains(text)) {
                    return (System.nanoTime() - t0) / 1e6;
                }
                etag = response.headers().firstValue("ETag").orElse("");
            }
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    static HttpResponse<String> get(int port, String route, String ifNoneMatch) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + route));
            if (!ifNoneMatch.isEmpty()) {
                request.header("If-None-Match", ifNoneMatch);
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(route, e);
        }
    }

    static Process start(Path jar, Path work, String cache, int port, String data) throws Exception {
        ProcessBuilder serve = new ProcessBuilder("java", "-Xmx512m", "-jar", jar.toString()).directory(work.toFile())
                .redirectErrorStream(true).redirectOutput(work.resolve(data + ".log").toFile());
        serve.environment().keySet().removeIf(key -> key.startsWith("ANP_"));
        serve.environment().put("ANP_PORT", String.valueOf(port));
        serve.environment().put("ANP_CACHE", cache);
        serve.environment().put("ANP_CONTENT_DIR", work.resolve("content").toString());
        serve.environment().put("ANP_DB_URL", "jdbc:h2:file:" + work.resolve(data + "/anp"));
        serve.environment().put("ANP_REQUEST_LOG", "WARN");
        return serve.start();
    }

    static void awaitUp(int port) throws Exception {
        long deadline = System.nanoTime() + 300_000_000_000L;
        while (true) {
            try {
                if (get(port, "/healthz").statusCode() == 200) {
                    return;
                }
            } catch (IllegalStateException e) {
                // not listening yet
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no /healthz 200 within 300 s");
            }
            Thread.sleep(200);
        }
    }

    static String search(List<String> words, Random random) {
        int n = 1 + random.nextInt(3);
        StringBuilder q = new StringBuilder();
        for (int i = 0; i < n; i++) {
            q.append(i == 0 ? "" : " ").append(words.get(random.nextInt(words.size())));
        }
        return "/search?q=" + URLEncoder.encode(q.toString(), StandardCharsets.UTF_8);
    }

    static List<String> words(Path posts) throws Exception {
        List<String> words = new ArrayList<>();
        try (var files = Files.walk(posts)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).limit(200).toList()) {
                Matcher m = WORD.matcher(Files.readString(file).toLowerCase());
                while (m.find() && words.size() < 20_000) {
                    words.add(m.group());
                }
            }
        }
        return words;
    }

    static void logged(String log, String what) {
        log.lines().filter(line -> line.contains(what)).findFirst()
                .ifPresent(line -> System.out.println("  " + line.substring(line.indexOf(" - ") + 3)));
    }

    static void report(String what, List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        System.out.printf("| %s | %d | %.1f ms | %.1f ms | %.1f ms |%n", what, sorted.size(),
                sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1),
                sorted.get(sorted.size() - 1));
    }

    static HttpResponse<String> get(int port, String route) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + route)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(route, e);
        }
    }
}
