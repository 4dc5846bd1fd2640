package dev.alphanode.store;

import java.util.Comparator;
import java.util.Optional;

/** A paginated listing: the home listing, or one taxonomy term's. */
public record Listing(Optional<Taxonomy> taxonomy, String termSlug) implements Comparable<Listing> {
    public static final Listing HOME = new Listing(Optional.empty(), "");

    private static final Comparator<Listing> ORDER = Comparator
            .comparing((Listing listing) -> listing.taxonomy().map(Enum::ordinal).orElse(-1))
            .thenComparing(Listing::termSlug);

    /** How many pages {@code total} posts make; the home listing always has page 1. */
    public int pages(int total, int perPage) {
        int pages = (total + perPage - 1) / perPage;
        return taxonomy.isEmpty() ? Math.max(1, pages) : pages;
    }

    @Override
    public int compareTo(Listing other) {
        return ORDER.compare(this, other);
    }
}
