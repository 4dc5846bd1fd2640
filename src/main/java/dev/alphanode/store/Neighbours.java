package dev.alphanode.store;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The published posts beside one in the home listing (newest first, then slug): the next newer and the next older. */
public record Neighbours(Optional<PostSummary> newer, Optional<PostSummary> older) {

    /** The slugs of both neighbours, where present. */
    public Set<String> slugs() {
        Set<String> slugs = new TreeSet<>();
        newer.ifPresent(post -> slugs.add(post.slug()));
        older.ifPresent(post -> slugs.add(post.slug()));
        return slugs;
    }
}
