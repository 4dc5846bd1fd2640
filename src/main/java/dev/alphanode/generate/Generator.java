package dev.alphanode.generate;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * Writes deterministic synthetic posts in the seeds' shape to {@code outDir/posts/<stack>/<slug>.md},
 * media to {@code outDir/media/} and a starter {@code outDir/site.yml} (kept if present). Post i
 * depends only on the seed and i, so the same seed always yields byte-identical files.
 */
public final class Generator {

    private final long seed;
    private final Words words;

    public Generator(long seed) {
        this.seed = seed;
        this.words = Words.load();
    }

    public GenerateReport generate(int count, Path outDir) throws IOException {
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0, was " + count);
        }
        Path posts = outDir.resolve("posts");
        Files.createDirectories(posts);
        var planner = new PostPlanner(seed, words);
        var folders = new ConcurrentHashMap<String, Path>();
        try {
            IntStream.range(0, count).parallel().forEach(i -> writePost(planner.plan(i), outDir, posts, folders));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        int mediaFiles = MediaFiles.write(outDir.resolve("media"));
        SiteFile.writeIfAbsent(outDir);
        return new GenerateReport(count, mediaFiles, outDir);
    }

    /** Posts are independent of each other, so writing them in parallel changes no byte. */
    private void writePost(PostPlan plan, Path outDir, Path posts, ConcurrentHashMap<String, Path> folders) {
        try {
            folders.computeIfAbsent(plan.stack().slug(), slug -> createFolder(posts.resolve(slug)));
            Files.write(outDir.resolve(plan.relativePath()), PostFile.render(plan, words).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path createFolder(Path folder) {
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code generate} command: 0 done, 1 could not write, 2 bad flags (one line on err). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        GenerateOptions options;
        try {
            options = OptionsParser.parse(args);
        } catch (UsageException e) {
            err.println(e.getMessage());
            return 2;
        }
        long start = System.nanoTime();
        try {
            var report = new Generator(options.seed()).generate(options.count(), options.outDir());
            double seconds = (System.nanoTime() - start) / 1e9;
            out.println("generated " + report.posts() + " posts in " + report.outDir().toAbsolutePath()
                    + " (seed " + options.seed() + ") in " + String.format(Locale.ROOT, "%.1f", seconds) + " s");
            return 0;
        } catch (IOException e) {
            err.println("generate: cannot write to '" + options.outDir() + "': " + e);
            return 1;
        }
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }
}
