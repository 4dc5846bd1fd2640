package dev.alphanode.content;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A post file: {@code relativePath} is relative to the content folder with '/' separators.
 * {@code refusal} is the error that keeps it from being read (a symbolic link, see {@link ContentLinks}).
 */
public record ContentFile(String relativePath, Path path, Optional<ContentProblem> refusal) {

    public ContentFile(String relativePath, Path path) {
        this(relativePath, path, Optional.empty());
    }
}
