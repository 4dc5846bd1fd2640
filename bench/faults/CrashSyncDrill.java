import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Fault drill: {@code kill -9} of the site at random points of a content sync, then a restart.
 * Usage: {@code java bench/faults/CrashSyncDrill.java target/alphanode.jar [trials=20] [posts=2000] [seed=1]}
 *
 * <p>A generated site runs with the file watcher and the cache on, over a Redis of its own (a
 * {@code redis-server} child on a free port, so fragments survive the crash as they would in
 * production). Each trial edits 20, 100 or 500 posts (new titles and bodies, one post deleted, one
 * added), kills the JVM with SIGKILL after a seeded random delay (odd trials: 0–2.5 s after the writes;
 * even trials: 0–400 ms after the sync's import line, between commit and purge), restarts it and checks:
 * start-up ends (ready line within 120 s), {@code /healthz} counts the posts the files hold, and every
 * route reachable from {@code /} is byte-identical to an {@code ANP_CACHE=off} instance on the same
 * content. Prints one line per trial and PASS or FAIL. Traffic goes to 127.0.0.1 only.
 */
public class CrashSyncDrill {
    static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    static final Pattern LINK = Pattern.compile("href=\"(/(?:page|posts|topics|stacks|tags)/[^\"#?]*|/)\"");
    static final int[] EDITS = {20, 100, 500};

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]).toAbsolutePath();
        int trials = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int posts = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 1;
        if (!onPath("redis-server")) {
            System.out.println("SKIP: redis-server is not installed (apt-get install redis-server)");
            return;
        }
        Path work = Files.createTempDirectory("anp-crash-drill");
        Path content = work.resolve("content");
        run(List.of(java(), "-jar", jar.toString(), "generate", "--count", String.valueOf(posts), "--out",
                content.toString(), "--seed", "5"), work);
        int redisPort = freePort();
        Process redis = new ProcessBuilder("redis-server", "--port", String.valueOf(redisPort), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no").redirectErrorStream(true)
                .redirectOutput(work.resolve("redis.log").toFile()).start();
        Site cached = new Site(jar, work, "cached", content, Map.of("ANP_REDIS_URL", "redis://127.0.0.1:" + redisPort));
        Site uncached = new Site(jar, work, "uncached", content, Map.of("ANP_CACHE", "off", "ANP_WATCH", "off"));
        Random random = new Random(seed);
        int failures = 0;
        List<Long> restarts = new ArrayList<>();
        try {
            cached.start();
            crawl(cached, null);
            crawl(cached, null);
            for (int trial = 1; trial <= trials; trial++) {
                int edits = EDITS[random.nextInt(EDITS.length)];
                // Odd trials: a delay after the writes (any point of the sync); even trials: a delay after the
                // import line, the window between the commit and the purge that finding 2 was about.
                boolean afterImport = trial % 2 == 0;
                long delay = afterImport ? random.nextInt(400) : random.nextInt(2500);
                long logBefore = cached.logSize();
                edit(content, trial, edits, random);
                if (afterImport) {
                    cached.awaitLog(logBefore, "import:");
                }
                Thread.sleep(delay);
                cached.kill();
                String phase = cached.phaseSince(logBefore);
                long restartStart = System.nanoTime();
                boolean ready = cached.start();
                long restartMillis = (System.nanoTime() - restartStart) / 1_000_000;
                restarts.add(restartMillis);
                List<String> problems = new ArrayList<>();
                int compared = 0;
                if (!ready) {
                    problems.add("start-up did not end within 120 s (see " + cached.log + ")");
                } else {
                    uncached.start();
                    String mine = count(cached);
                    String theirs = count(uncached);
                    if (!mine.equals(theirs)) {
                        problems.add("/healthz posts: cached instance " + mine + ", uncached " + theirs);
                    }
                    Comparison comparison = crawl(cached, uncached);
                    compared = comparison.routes();
                    problems.addAll(comparison.differences());
                    uncached.stop();
                }
                System.out.printf("trial %2d: %3d edits, killed %4d ms after the %s (%s); restart %5d ms; %s%n",
                        trial, edits, delay, afterImport ? "import line" : "writes", phase, restartMillis,
                        problems.isEmpty() ? compared + " routes equal ANP_CACHE=off"
                                : problems.size() + " problems: " + String.join("; ", problems.subList(0, Math.min(3, problems.size()))));
                if (!problems.isEmpty()) {
                    failures++;
                }
            }
        } finally {
            cached.stop();
            uncached.stop();
            redis.destroy();
        }
        Collections.sort(restarts);
        System.out.printf("restart after kill -9: median %d ms, max %d ms over %d trials%n",
                restarts.get(restarts.size() / 2), restarts.get(restarts.size() - 1), restarts.size());
        System.out.println(failures == 0 ? "PASS: " + trials + " trials, every page equal to ANP_CACHE=off after restart"
                : "FAIL: " + failures + " of " + trials + " trials (logs under " + work + ")");
        System.exit(failures == 0 ? 0 : 1);
    }

    /** Edits {@code count} posts as an editor would (write a copy, rename over), deletes one, adds one. */
    static void edit(Path content, int trial, int count, Random random) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(content.resolve("posts"))) {
            files = new ArrayList<>(walk.filter(p -> p.toString().endsWith(".md")).sorted().toList());
        }
        Collections.shuffle(files, random);
        for (Path file : files.subList(0, Math.min(count, files.size() - 1))) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            text = text.replaceFirst("(?m)^title: .*$", "title: \"drill trial " + trial + " " + random.nextInt(1_000_000) + "\"");
            replace(file, text + "\nEdited in drill trial " + trial + ".\n");
        }
        Files.delete(files.get(files.size() - 1));
        replace(content.resolve("posts/drill-" + trial + ".md"), "---\ntitle: \"drill post " + trial
                + "\"\ndate: 2026-01-01\ntags: [drill]\n---\nAdded in trial " + trial + ".\n");
    }

    static void replace(Path file, String text) throws IOException {
        Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    record Comparison(int routes, List<String> differences) {
    }

    /** Every route reachable from {@code /} on {@code site}; with {@code other}, each compared byte for byte. */
    static Comparison crawl(Site site, Site other) throws Exception {
        Set<String> seen = new LinkedHashSet<>(List.of("/"));
        List<String> frontier = List.of("/");
        List<String> differences = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            while (!frontier.isEmpty()) {
                List<Future<Set<String>>> pages = new ArrayList<>();
                for (String route : frontier) {
                    pages.add(pool.submit(() -> {
                        HttpResponse<String> mine = get(site.port, route);
                        if (other != null) {
                            HttpResponse<String> theirs = get(other.port, route);
                            if (mine.statusCode() != theirs.statusCode() || !mine.body().equals(theirs.body())) {
                                differences.add(route + " (" + mine.statusCode() + " "
                                        + mine.headers().firstValue("X-Cache").orElse("-") + " vs " + theirs.statusCode() + ")");
                            }
                        }
                        Set<String> links = new TreeSet<>();
                        Matcher m = LINK.matcher(mine.body());
                        while (m.find()) {
                            links.add(m.group(1));
                        }
                        return links;
                    }));
                }
                List<String> next = new ArrayList<>();
                for (Future<Set<String>> page : pages) {
                    for (String link : page.get()) {
                        if (seen.add(link)) {
                            next.add(link);
                        }
                    }
                }
                frontier = next;
            }
        } finally {
            pool.shutdown();
        }
        return new Comparison(seen.size(), differences);
    }

    static String count(Site site) throws Exception {
        Matcher m = Pattern.compile("\"posts\":(\\d+)").matcher(get(site.port, "/healthz").body());
        return m.find() ? m.group(1) : "?";
    }

    static HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** One alphanode process: its own database folder and log, restarted on the same port. */
    static final class Site {
        final Path jar;
        final Path dir;
        final Path log;
        final Path content;
        final Map<String, String> env;
        final int port = freePort();
        Process process;

        Site(Path jar, Path work, String name, Path content, Map<String, String> env) throws IOException {
            this.jar = jar;
            this.dir = Files.createDirectories(work.resolve(name));
            this.log = dir.resolve("app.log");
            this.content = content;
            this.env = env;
        }

        /** Starts the site; true once its ready line is logged (within 120 s). */
        boolean start() throws Exception {
            long from = logSize();
            ProcessBuilder builder = new ProcessBuilder(java(), "-Xmx512m", "-jar", jar.toString()).directory(dir.toFile())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().keySet().removeIf(key -> key.startsWith("ANP_"));
            builder.environment().putAll(env);
            builder.environment().put("ANP_PORT", String.valueOf(port));
            builder.environment().put("ANP_CONTENT_DIR", content.toString());
            builder.environment().put("ANP_DB_URL", "jdbc:h2:file:" + dir.resolve("data/anp"));
            process = builder.start();
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (System.nanoTime() < deadline && process.isAlive()) {
                if (logSince(from).contains(" ready on http://localhost:" + port)) {
                    return true;
                }
                Thread.sleep(50);
            }
            return false;
        }

        /** Waits (up to 60 s) until the log shows {@code text} after {@code offset}. */
        void awaitLog(long offset, String text) throws Exception {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!logSince(offset).contains(text) && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
        }

        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor();
        }

        void stop() throws InterruptedException {
            if (process != null && process.isAlive()) {
                process.destroy();
                process.waitFor();
            }
        }

        long logSize() throws IOException {
            return Files.exists(log) ? Files.size(log) : 0;
        }

        String logSince(long offset) throws IOException {
            byte[] bytes = Files.readAllBytes(log);
            return new String(bytes, (int) Math.min(offset, bytes.length), (int) Math.max(0, bytes.length - offset),
                    StandardCharsets.UTF_8);
        }

        /** Where the sync was when the process died, read off its log. */
        String phaseSince(long offset) throws IOException {
            String since = logSince(offset);
            if (since.contains("purge")) {
                return "after its purge";
            }
            return since.contains("import:") ? "after the import, before the purge" : "before the import line";
        }
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static boolean onPath(String command) {
        return Stream.of(System.getenv("PATH").split(":")).anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static void run(List<String> command, Path dir) throws Exception {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException(command + " failed");
        }
    }
}
