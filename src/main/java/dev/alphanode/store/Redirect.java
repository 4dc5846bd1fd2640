package dev.alphanode.store;

import java.util.Objects;
import java.util.Optional;

/**
 * Where an old path goes, as stored: the post (by slug) of the file that claims it, or a redirect
 * stub's target as written. Exactly one of {@code postSlug} and {@code target} is present.
 */
public record Redirect(String sourcePath, Optional<String> postSlug, Optional<String> target) {
    public Redirect {
        Objects.requireNonNull(sourcePath, "sourcePath");
        if (postSlug.isPresent() == target.isPresent()) {
            throw new IllegalArgumentException("a redirect goes to a post or a target: " + sourcePath);
        }
    }
}
