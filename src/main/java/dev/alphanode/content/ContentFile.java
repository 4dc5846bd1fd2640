package dev.alphanode.content;

import java.nio.file.Path;

/** A post file: {@code relativePath} is relative to the content folder with '/' separators. */
public record ContentFile(String relativePath, Path path) {
}
