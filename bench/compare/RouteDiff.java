import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Output unchanged? Serves one content folder with two jars (each with its own database, the cache
 * on or off as given) and compares the status and body of every route reachable from {@code /},
 * plus a few fixed routes (a 404, a {@code /page/1} redirect, a static file).
 * Usage: {@code java bench/compare/RouteDiff.java A.jar B.jar CONTENT_DIR [on|off]}, or
 * {@code java bench/compare/RouteDiff.java --ports PORT_A PORT_B} to compare two sites already running
 * (same content and {@code ANP_BASE_URL}), as the fault drills do.
 * Prints the number of routes compared and every difference; exits 1 when any. 127.0.0.1 only.
 */
public class RouteDiff {
    static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    static final Pattern LINK = Pattern.compile("href=\"(/[^\"#?]*)\"");

    public static void main(String[] args) throws Exception {
        if (args[0].equals("--ports")) {
            System.exit(compare(Integer.parseInt(args[1]), Integer.parseInt(args[2]), "as running") ? 0 : 1);
        }
        Path content = Path.of(args[2]).toAbsolutePath();
        String cache = args.length > 3 ? args[3] : "off";
        Path work = Files.createTempDirectory("anp-route-diff");
        Process a = start(Path.of(args[0]), work.resolve("a"), content, cache);
        Process b = start(Path.of(args[1]), work.resolve("b"), content, cache);
        try {
            System.exit(compare(ready(work.resolve("a")), ready(work.resolve("b")), cache) ? 0 : 1);
        } finally {
            a.destroy();
            b.destroy();
            a.waitFor();
            b.waitFor();
        }
    }

    /** Crawls from {@code /} on A, compares each route on B; prints the count and the differences. */
    static boolean compare(int portA, int portB, String cache) throws Exception {
        {
            Set<String> seen = new LinkedHashSet<>(List.of("/", "/page/1", "/no-such-page", "/posts/no-such-post",
                    "/static/css/site.css"));
            List<String> queue = new ArrayList<>(seen);
            List<String> differences = new ArrayList<>();
            for (int i = 0; i < queue.size(); i++) {
                String route = queue.get(i);
                HttpResponse<String> one = get(portA, route);
                HttpResponse<String> two = get(portB, route);
                if (one.statusCode() != two.statusCode() || !one.body().equals(two.body())
                        || !one.headers().firstValue("Location").equals(two.headers().firstValue("Location"))) {
                    differences.add(route + ": " + one.statusCode() + " vs " + two.statusCode());
                }
                Matcher m = LINK.matcher(one.body());
                while (m.find()) {
                    String link = m.group(1);
                    if (!link.startsWith("/static/") && !link.startsWith("/media/") && seen.add(link)) {
                        queue.add(link);
                    }
                }
            }
            System.out.println(queue.size() + " routes compared (cache " + cache + "), " + differences.size()
                    + " differ");
            differences.stream().limit(20).forEach(d -> System.out.println("  " + d));
            return differences.isEmpty();
        }
    }

    static Process start(Path jar, Path dir, Path content, String cache) throws IOException {
        Files.createDirectories(dir);
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toAbsolutePath().toString()).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("app.log").toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("ANP_"));
        builder.environment().put("ANP_PORT", String.valueOf(freePort()));
        builder.environment().put("ANP_CONTENT_DIR", content.toString());
        builder.environment().put("ANP_CACHE", cache);
        builder.environment().put("ANP_WATCH", "off");
        Files.writeString(dir.resolve("port"), builder.environment().get("ANP_PORT"));
        return builder.start();
    }

    static int ready(Path dir) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (!Files.readString(dir.resolve("app.log"), StandardCharsets.UTF_8).contains(" ready on ")) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not ready within 180 s: " + dir.resolve("app.log"));
            }
            Thread.sleep(100);
        }
        return Integer.parseInt(Files.readString(dir.resolve("port")));
    }

    static HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
