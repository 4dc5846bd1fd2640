import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Edit → fresh page, on a running site with N generated posts (file watcher on, cache on).
 * Usage: java bench/live/LiveEditBench.java target/alphanode.jar [posts=20000] [edits=50] [rounds=1]
 * Each round edits the same posts again and is reported on its own: the first round runs while the
 * JIT still compiles the sync path (a site just started), later ones show a site that has been running.
 * For each edit, a post listed on the first home pages gets a new title; we time until its post
 * page shows it (fresh page), and until every route that showed it before — its post page, the
 * home page listing it, and its topic/stack/tag listing pages that listed it — shows the new title
 * (coherent). Traffic goes to 127.0.0.1 only.
 */
public class LiveEditBench {
    static final HttpClient http = HttpClient.newHttpClient();
    static int port;

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]).toAbsolutePath();
        int posts = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        int edits = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        Path work = Files.createTempDirectory("anp-live-bench");
        port = 18_180;
        run(List.of("java", "-jar", jar.toString(), "generate", "--count", String.valueOf(posts), "--out",
                work.resolve("content").toString(), "--seed", "3"), work, Map.of());
        ProcessBuilder serve = new ProcessBuilder("java", "-Xmx512m", "-jar", jar.toString()).directory(work.toFile())
                .redirectErrorStream(true).redirectOutput(work.resolve("app.log").toFile());
        serve.environment().put("ANP_PORT", String.valueOf(port));
        serve.environment().put("ANP_CONTENT_DIR", work.resolve("content").toString());
        serve.environment().put("ANP_DB_URL", "jdbc:h2:file:" + work.resolve("data/anp"));
        serve.environment().put("ANP_REQUEST_LOG", "WARN");
        long started = System.nanoTime();
        Process app = serve.start();
        try {
            while (status("/healthz") != 200) {
                Thread.sleep(200);
            }
            System.out.printf("started with %d posts in %.1f s%n", posts, (System.nanoTime() - started) / 1e9);
            List<String> slugs = new ArrayList<>();
            Map<String, String> homeOf = new TreeMap<>();
            for (int page = 1; slugs.size() < edits; page++) {
                String route = page == 1 ? "/" : "/page/" + page;
                Matcher m = Pattern.compile("class=\"post-card-title\"><a href=\"/posts/([a-z0-9-]+)\"").matcher(get(route));
                while (m.find() && slugs.size() < edits) {
                    slugs.add(m.group(1));
                    homeOf.put(m.group(1), route);
                }
            }
            int n = 0;
            for (int round = 1; round <= rounds; round++) {
                List<Double> fresh = new ArrayList<>();
                List<Double> coherent = new ArrayList<>();
                for (String slug : slugs) {
                    Path file = find(work.resolve("content/posts"), slug);
                    String text = Files.readString(file);
                    List<String> routes = new ArrayList<>(List.of("/posts/" + slug, homeOf.get(slug)));
                    Matcher links = Pattern.compile("href=\"(/(?:topics|stacks|tags)/[a-z0-9-]+)\"").matcher(get("/posts/" + slug));
                    while (links.find()) {
                        if (get(links.group(1)).contains("href=\"/posts/" + slug + "\"") && !routes.contains(links.group(1))) {
                            routes.add(links.group(1));
                        }
                    }
                    routes.forEach(LiveEditBench::get);
                    String marker = "edited title " + (++n) + " " + System.nanoTime();
                    long t0 = System.nanoTime();
                    Files.writeString(file, text.replaceFirst("(?m)^title: .*$", "title: \"" + marker + "\""));
                    while (!get("/posts/" + slug).contains(marker)) {
                        Thread.sleep(1);
                    }
                    fresh.add((System.nanoTime() - t0) / 1e6);
                    for (String route : routes) {
                        while (!get(route).contains(marker)) {
                            Thread.sleep(1);
                        }
                    }
                    coherent.add((System.nanoTime() - t0) / 1e6);
                    Thread.sleep(100);
                }
                String label = rounds == 1 ? "" : " (round " + round + (round == 1 ? ", just started)" : ")");
                report("edit → fresh post page" + label, fresh);
                report("edit → every listed route coherent" + label, coherent);
            }
        } finally {
            app.destroy();
            app.waitFor();
        }
    }

    static void report(String what, List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        System.out.printf("| %s | %d | %.0f ms | %.0f ms | %.0f ms |%n", what, sorted.size(),
                sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1), sorted.get(sorted.size() - 1));
    }

    static Path find(Path root, String slug) throws Exception {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.getFileName().toString().equals(slug + ".md")).findFirst().orElseThrow();
        }
    }

    static int status(String route) {
        try {
            return http.send(request(route), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    static String get(String route) {
        try {
            return http.send(request(route), HttpResponse.BodyHandlers.ofString()).body();
        } catch (Exception e) {
            throw new IllegalStateException(route, e);
        }
    }

    static HttpRequest request(String route) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + route)).build();
    }

    static void run(List<String> command, Path dir, Map<String, String> env) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).inheritIO();
        builder.environment().putAll(env);
        if (builder.start().waitFor() != 0) {
            throw new IllegalStateException("failed: " + command);
        }
    }
}
