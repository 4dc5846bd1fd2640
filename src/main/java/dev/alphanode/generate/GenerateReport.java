package dev.alphanode.generate;

import java.nio.file.Path;

/** What one {@link Generator#generate} call wrote. */
public record GenerateReport(int posts, int mediaFiles, Path outDir) {
}
