package dev.alphanode.content;

import java.util.List;

/**
 * The one answer to "is this file a post?": Markdown by its extension ({@code .md}, or
 * {@code .markdown} as Jekyll writes it), not hidden, not an editor's backup or lock file.
 */
public final class PostFileNames {

    private static final List<String> EXTENSIONS = List.of(".md", ".markdown");
    private static final List<String> BACKUP_SUFFIXES = List.of("~", ".swp", ".swx", ".tmp");

    private PostFileNames() {
    }

    public static boolean isPost(String fileName) {
        return EXTENSIONS.stream().anyMatch(fileName::endsWith) && !fileName.startsWith(".") && !isEditorBackup(fileName);
    }

    /** The file name without its Markdown extension, e.g. {@code hello} for {@code hello.markdown}. */
    static String stem(String fileName) {
        return EXTENSIONS.stream().filter(fileName::endsWith).findFirst()
                .map(extension -> fileName.substring(0, fileName.length() - extension.length()))
                .orElse(fileName);
    }

    static boolean isEditorBackup(String fileName) {
        return fileName.startsWith(".#") || BACKUP_SUFFIXES.stream().anyMatch(fileName::endsWith);
    }
}
