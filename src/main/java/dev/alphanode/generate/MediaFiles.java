package dev.alphanode.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The fixed pool of pictures post bodies reference as {@code /media/<name>}, shared by every post (written once
 * per run, so {@code generate --count 20000} writes eight files, not one per post): architecture diagrams, bar
 * charts whose numbers posts' metrics tables repeat, and a PNG chart. Plain SVG, no script; the same for every seed.
 */
final class MediaFiles {

    static final List<String> DIAGRAMS = List.of("diagram-1.svg", "diagram-2.svg", "diagram-3.svg");
    static final List<String> CHARTS = List.of("chart-1.svg", "chart-2.svg", "chart-3.svg", "chart-4.svg");
    static final String THUMBNAIL = "thumbnail.png";
    static final List<String> NAMES = names();

    /** The numbers of chart {@code i}: a post whose table shows them shows that chart beside it. */
    static final List<Metrics> CHART_METRICS = chartMetrics();

    private record Diagram(String title, List<String> row, List<String> stores) {
    }

    private static final List<Diagram> DIAGRAM_SHAPES = List.of(
            new Diagram("request path", List.of("browser", "cdn", "app server", "fragment cache"),
                    List.of("redis", "database")),
            new Diagram("release pipeline", List.of("commit", "build", "staging", "production"),
                    List.of("artifact store", "rollback")),
            new Diagram("upload flow", List.of("upload", "scan", "resize", "storage"), List.of("queue", "audit log")));

    private MediaFiles() {
    }

    /** Writes every media file into {@code mediaDir} and returns how many. */
    static int write(Path mediaDir) throws IOException {
        Files.createDirectories(mediaDir);
        for (int i = 0; i < DIAGRAMS.size(); i++) {
            Diagram diagram = DIAGRAM_SHAPES.get(i);
            write(mediaDir.resolve(DIAGRAMS.get(i)), Charts.architecture(diagram.title(), diagram.row(), diagram.stores()));
        }
        for (int i = 0; i < CHARTS.size(); i++) {
            write(mediaDir.resolve(CHARTS.get(i)), Charts.bars(chartCaption(i), CHART_METRICS.get(i)));
        }
        Files.write(mediaDir.resolve(THUMBNAIL), Charts.responseTimePng(7));
        return NAMES.size();
    }

    static String chartCaption(int chart) {
        return "before and after, measured " + (chart + 1) + ": p95 response time, error rate, db calls";
    }

    private static void write(Path file, String svg) throws IOException {
        Files.write(file, svg.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> names() {
        var names = new ArrayList<String>(DIAGRAMS);
        names.addAll(CHARTS);
        names.add(THUMBNAIL);
        return List.copyOf(names);
    }

    private static List<Metrics> chartMetrics() {
        var random = new SplittableRandom(0x616e70L);
        var metrics = new ArrayList<Metrics>();
        for (int i = 0; i < CHARTS.size(); i++) {
            metrics.add(Metrics.random(random));
        }
        return List.copyOf(metrics);
    }
}
