package dev.alphanode.site;

import dev.alphanode.content.ContentProblem;
import dev.alphanode.content.Post;
import dev.alphanode.content.SiteSettings;
import java.util.List;
import java.util.Optional;

/**
 * What an import will write: valid changed posts, source paths whose files are gone, every
 * problem found, and the settings from site.yml (empty when it is invalid: the current stay).
 */
public record ImportPlan(List<Post> accepted, List<String> removedSources, List<ContentProblem> problems,
                         Optional<SiteSettings> settings, int files, int unchanged, int rejected, long startNanos) {
    public ImportPlan {
        accepted = List.copyOf(accepted);
        removedSources = List.copyOf(removedSources);
        problems = List.copyOf(problems);
    }

    public boolean changesPosts() {
        return !accepted.isEmpty() || !removedSources.isEmpty();
    }
}
