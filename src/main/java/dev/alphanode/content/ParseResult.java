package dev.alphanode.content;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of parsing one post file: the post is present iff no problem is an error.
 * {@code slugLine} is the line of the {@code slug:} key (1 when the slug comes from the file name).
 */
public record ParseResult(Optional<Post> post, List<ContentProblem> problems, int slugLine) {

    public ParseResult {
        post = java.util.Objects.requireNonNull(post, "post");
        problems = List.copyOf(problems);
    }

    /** The error for a valid post whose slug another file already holds. */
    public ContentProblem duplicateSlug(String owner) {
        Post valid = post.orElseThrow();
        return ContentProblem.error(valid.sourcePath(), slugLine, "duplicate slug " + Nodes.quote(valid.slug())
                + " (expected a unique slug; already used by " + owner + ")");
    }
}
