package dev.alphanode.content;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of parsing one post file: the post is present iff no problem is an error and the file
 * is not a redirect stub; a valid stub is {@code stub}. {@code slugLine} is the line of the
 * {@code slug:} key (1 when the slug comes from the file name); {@code oldPaths} are the paths the
 * post or stub claims ({@link OldPaths}), for {@code check}'s conflicts.
 */
public record ParseResult(Optional<Post> post, List<ContentProblem> problems, int slugLine,
                          List<OldPaths.Claim> oldPaths, Optional<RedirectStub> stub) {

    public ParseResult {
        post = java.util.Objects.requireNonNull(post, "post");
        problems = List.copyOf(problems);
        oldPaths = List.copyOf(oldPaths);
        stub = java.util.Objects.requireNonNull(stub, "stub");
    }

    /** A post file's outcome, claiming no old paths. */
    public ParseResult(Optional<Post> post, List<ContentProblem> problems, int slugLine) {
        this(post, problems, slugLine, List.of(), Optional.empty());
    }

    /** The error for a valid post whose slug another file already holds. */
    public ContentProblem duplicateSlug(String owner) {
        Post valid = post.orElseThrow();
        return ContentProblem.error(valid.sourcePath(), slugLine, "duplicate slug " + Nodes.quote(valid.slug())
                + " (expected a unique slug; already used by " + owner + ")");
    }
}
