package dev.alphanode.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the problems of one file; {@link #sorted()} lists them in line order. */
final class Problems {

    private final String path;
    private final List<ContentProblem> found = new ArrayList<>();

    Problems(String path) {
        this.path = path;
    }

    void error(int line, String message) {
        found.add(ContentProblem.error(path, line, message));
    }

    void warning(int line, String message) {
        found.add(ContentProblem.warning(path, line, message));
    }

    boolean hasErrors() {
        return found.stream().anyMatch(ContentProblem::isError);
    }

    List<ContentProblem> sorted() {
        var copy = new ArrayList<>(found);
        copy.sort(Comparator.comparingInt(ContentProblem::line));
        return List.copyOf(copy);
    }
}
