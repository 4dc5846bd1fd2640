package dev.alphanode.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The few static files post bodies reference as {@code /media/<name>}; plain SVG, no script. */
final class MediaFiles {

    static final List<String> DIAGRAMS = List.of("diagram-1.svg", "diagram-2.svg", "diagram-3.svg");
    static final String THUMBNAIL = "thumbnail.png";
    static final List<String> NAMES = List.of(DIAGRAMS.get(0), DIAGRAMS.get(1), DIAGRAMS.get(2), THUMBNAIL);

    private static final List<List<String>> DIAGRAM_LABELS = List.of(
            List.of("request", "cache", "database"),
            List.of("build", "staging", "production"),
            List.of("upload", "scan", "storage"));

    /** An 8x8 two-colour checkerboard PNG. */
    private static final byte[] THUMBNAIL_PNG = {
        -119, 80, 78, 71, 13, 10, 26, 10, 0, 0, 0, 13, 73, 72, 68, 82,
        0, 0, 0, 8, 0, 0, 0, 8, 1, 3, 0, 0, 0, -2, -63, 44,
        -56, 0, 0, 0, 6, 80, 76, 84, 69, 31, 111, -21, -10, -8, -6, 125,
        -65, 80, -15, 0, 0, 0, 18, 73, 68, 65, 84, 120, 94, 99, 48, 102,
        98, 96, -102, -55, -60, -64, 0, -91, 1, 13, 48, 1, -91, -53, -25, -46,
        14, 0, 0, 0, 0, 73, 69, 78, 68, -82, 66, 96, -126
    };

    private MediaFiles() {
    }

    /** Writes every media file into {@code mediaDir} and returns how many. */
    static int write(Path mediaDir) throws IOException {
        Files.createDirectories(mediaDir);
        for (int i = 0; i < DIAGRAMS.size(); i++) {
            Files.write(mediaDir.resolve(DIAGRAMS.get(i)), svg(DIAGRAM_LABELS.get(i)).getBytes(StandardCharsets.UTF_8));
        }
        Files.write(mediaDir.resolve(THUMBNAIL), THUMBNAIL_PNG.clone());
        return NAMES.size();
    }

    static String svg(List<String> labels) {
        var out = new StringBuilder()
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"600\" height=\"160\" viewBox=\"0 0 600 160\">\n")
                .append("  <rect width=\"600\" height=\"160\" fill=\"#f6f8fa\"/>\n");
        for (int i = 0; i < labels.size(); i++) {
            int x = 30 + i * 200;
            out.append("  <rect x=\"").append(x).append("\" y=\"50\" width=\"140\" height=\"60\" rx=\"8\" ")
                    .append("fill=\"#ffffff\" stroke=\"#1f6feb\" stroke-width=\"2\"/>\n")
                    .append("  <text x=\"").append(x + 70).append("\" y=\"86\" text-anchor=\"middle\" ")
                    .append("font-family=\"sans-serif\" font-size=\"16\" fill=\"#1f2328\">")
                    .append(labels.get(i)).append("</text>\n");
            if (i + 1 < labels.size()) {
                out.append("  <path d=\"M").append(x + 145).append(" 80 H").append(x + 195)
                        .append(" m-8 -6 l8 6 l-8 6\" fill=\"none\" stroke=\"#1f6feb\" stroke-width=\"2\"/>\n");
            }
        }
        return out.append("</svg>\n").toString();
    }
}
