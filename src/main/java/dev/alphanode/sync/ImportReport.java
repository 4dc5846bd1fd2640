package dev.alphanode.sync;

import dev.alphanode.content.ContentProblem;
import java.util.List;

/**
 * What one import did: files seen, posts written, files skipped because their hash was already
 * stored, posts removed because their file is gone, files rejected (their last good version,
 * if any, stays), and every problem found.
 */
public record ImportReport(int files, int imported, int unchanged, int removed, int rejected,
                           List<ContentProblem> problems, long millis) {
    public ImportReport {
        problems = List.copyOf(problems);
    }

    public long errorCount() {
        return problems.stream().filter(ContentProblem::isError).count();
    }
}
