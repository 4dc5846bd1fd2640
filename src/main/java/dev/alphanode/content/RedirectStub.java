package dev.alphanode.content;

import java.util.List;
import java.util.Objects;

/**
 * A file whose front matter only says where its old paths went ({@code redirect_to: /posts/new-name}
 * or an http(s) URL): not a post, a {@code 301} from each old path to {@code target}. {@code target}
 * is as written and already checked; old paths are normalised ({@link OldPaths}).
 */
public record RedirectStub(String sourcePath, String contentHash, List<String> oldPaths, String target) {
    public RedirectStub {
        Objects.requireNonNull(sourcePath, "sourcePath");
        Objects.requireNonNull(contentHash, "contentHash");
        oldPaths = List.copyOf(oldPaths);
        Objects.requireNonNull(target, "target");
        if (oldPaths.isEmpty()) {
            throw new IllegalArgumentException("a redirect stub needs an old path: " + sourcePath);
        }
    }

    /** Whether the target is a path of this site (else an absolute http(s) URL). */
    public boolean sitePath() {
        return target.startsWith("/");
    }
}
