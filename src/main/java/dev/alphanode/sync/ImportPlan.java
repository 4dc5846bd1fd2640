package dev.alphanode.sync;

import dev.alphanode.content.ContentProblem;
import dev.alphanode.content.Post;
import dev.alphanode.content.RedirectStub;
import dev.alphanode.content.SiteSettings;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What an import will write: valid changed posts, source paths whose files are gone, every
 * problem found, and the settings from site.yml (empty when it is invalid: the current stay);
 * {@code stubs} are the valid changed redirect stubs (their paths are also in {@code removedSources}
 * when something was stored there, so a post that became a stub leaves its pages).
 */
public record ImportPlan(List<Post> accepted, List<String> removedSources, List<ContentProblem> problems,
                         Optional<SiteSettings> settings, int files, int unchanged, int rejected, long startNanos,
                         List<RedirectStub> stubs) {
    public ImportPlan {
        accepted = List.copyOf(accepted);
        removedSources = List.copyOf(removedSources);
        problems = List.copyOf(problems);
        stubs = List.copyOf(stubs);
    }

    /** A plan without redirect stubs. */
    public ImportPlan(List<Post> accepted, List<String> removedSources, List<ContentProblem> problems,
                      Optional<SiteSettings> settings, int files, int unchanged, int rejected, long startNanos) {
        this(accepted, removedSources, problems, settings, files, unchanged, rejected, startNanos, List.of());
    }

    /** This plan without the posts of these source paths, which the store refused for these problems. */
    public ImportPlan refusing(Set<String> refusedSources, List<ContentProblem> refusals) {
        List<ContentProblem> all = new ArrayList<>(problems);
        all.addAll(refusals);
        all.sort(Comparator.comparing(ContentProblem::path).thenComparingInt(ContentProblem::line));
        return new ImportPlan(accepted.stream().filter(post -> !refusedSources.contains(post.sourcePath())).toList(),
                removedSources, all, settings, files, unchanged, rejected + refusedSources.size(), startNanos, stubs);
    }

    public boolean changesPosts() {
        return !accepted.isEmpty() || !removedSources.isEmpty() || !stubs.isEmpty();
    }
}
