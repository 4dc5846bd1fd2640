package dev.alphanode.content;

import java.util.List;

/**
 * The one answer to "is this file a post?": Markdown by its extension ({@code .md}, or
 * {@code .markdown} as Jekyll writes it), not hidden, not an editor's backup or lock file, not a Hugo
 * section file ({@code _index.md}). Also where a post's name comes from: its file name, or for a Hugo
 * page bundle ({@code posts/NAME/index.md}) its folder's name.
 */
public final class PostFileNames {

    private static final List<String> EXTENSIONS = List.of(".md", ".markdown");
    private static final List<String> BACKUP_SUFFIXES = List.of("~", ".swp", ".swx", ".tmp");

    private PostFileNames() {
    }

    public static boolean isPost(String fileName) {
        return EXTENSIONS.stream().anyMatch(fileName::endsWith) && !fileName.startsWith(".") && !isEditorBackup(fileName)
                && !stem(fileName).equals("_index");
    }

    /**
     * The name a post's slug and file-name date come from: {@code NAME} of {@code posts/…/NAME/index.md}
     * (a page bundle), otherwise the file name without its extension. {@code posts/index.md} is not a bundle.
     */
    static String postName(String relativePath) {
        String[] parts = relativePath.split("/");
        String stem = stem(parts[parts.length - 1]);
        return stem.equals("index") && parts.length >= 3 ? parts[parts.length - 2] : stem;
    }

    /** The folder holding a page bundle's files, e.g. {@code posts/my-post} of {@code posts/my-post/index.md}. */
    public static java.util.Optional<String> bundleFolder(String relativePath) {
        int slash = relativePath.lastIndexOf('/');
        boolean bundle = relativePath.split("/").length >= 3 && stem(relativePath.substring(slash + 1)).equals("index");
        return bundle ? java.util.Optional.of(relativePath.substring(0, slash)) : java.util.Optional.empty();
    }

    /** A post in a Jekyll {@code _drafts/} folder (anywhere under posts/) is a draft. */
    static boolean isJekyllDraft(String relativePath) {
        return List.of(relativePath.split("/")).contains("_drafts");
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
