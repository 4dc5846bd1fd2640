package dev.alphanode.content;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A post file as read for {@link PostParser#parse(PostSource)}: its bytes and their SHA-256, or the
 * line-1 error that refused it unread (a symbolic link, a file over {@link ContentLimits#FILE_BYTES}).
 * A refused file's hash is {@link #REFUSED}, which never equals a stored hash, so it is never skipped
 * as unchanged. {@code modified} is the file's modification time, the date of a Jekyll {@code _drafts/}
 * post that gives none.
 */
public record PostSource(String relativePath, byte[] bytes, String hash, Optional<ContentProblem> refusal,
                         Optional<Instant> modified) {

    public static final String REFUSED = "refused";
    private static final byte[] NO_BYTES = new byte[0];

    public PostSource {
        Objects.requireNonNull(relativePath, "relativePath");
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(refusal, "refusal");
        Objects.requireNonNull(modified, "modified");
    }

    /**
     * The same file without its bytes, once parsed: a fresh import holds a few thousand parsed posts
     * for seconds (parsed ahead, written, indexed): without their bytes its live heap mid-import fell
     * from 151–162 MB to 124–138 MB at 20,000 posts.
     */
    public PostSource withoutBytes() {
        return bytes.length == 0 ? this : new PostSource(relativePath, NO_BYTES, hash, refusal, modified);
    }

    static PostSource read(String relativePath, byte[] bytes, Instant modified) {
        return new PostSource(relativePath, bytes, ContentFiles.sha256Hex(bytes), Optional.empty(), Optional.of(modified));
    }

    static PostSource refused(ContentProblem problem) {
        return new PostSource(problem.path(), NO_BYTES, REFUSED, Optional.of(problem), Optional.empty());
    }
}
