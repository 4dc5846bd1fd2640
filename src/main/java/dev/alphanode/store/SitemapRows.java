package dev.alphanode.store;

import dev.alphanode.content.PostDate;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What the sitemap lists, as one immutable snapshot: every published post (slug and dates, newest
 * first, ties by slug, as {@link PostStore#publishedDates()} orders them) and every taxonomy listing
 * with its size and newest date (as {@link PostStore#termListings()}). Read whole costs two scans of
 * the post tables (250–400 ms of a sitemap render at 20,000 posts), so {@link PostStore} keeps the
 * last snapshot and a traced sync {@link #moved moves} it: the changed posts' rows replaced and
 * their listings read again by their index.
 */
public final class SitemapRows {
    private static final Comparator<Key> NEWEST_FIRST = Comparator.comparing(Key::at, Comparator.reverseOrder())
            .thenComparing(Key::slug);

    private record Key(Instant at, String slug) {
    }

    private final TreeMap<Key, PostStore.Dated> posts;
    private final TreeMap<Listing, PostStore.ListingSize> listings;

    private SitemapRows(TreeMap<Key, PostStore.Dated> posts, TreeMap<Listing, PostStore.ListingSize> listings) {
        this.posts = posts;
        this.listings = listings;
    }

    /** A published post's row with the instant it is ordered by. */
    record Row(Instant at, PostStore.Dated dated) {
    }

    static SitemapRows of(List<Row> posts, List<PostStore.ListingSize> listings) {
        TreeMap<Key, PostStore.Dated> byDate = new TreeMap<>(NEWEST_FIRST);
        posts.forEach(row -> byDate.put(new Key(row.at(), row.dated().slug()), row.dated()));
        TreeMap<Listing, PostStore.ListingSize> byListing = new TreeMap<>();
        listings.forEach(size -> byListing.put(size.listing(), size));
        return new SitemapRows(byDate, byListing);
    }

    /** Every published post, newest first. */
    public List<PostStore.Dated> posts() {
        return List.copyOf(posts.values());
    }

    /** Every taxonomy listing with published posts, in listing order. */
    public List<PostStore.ListingSize> listings() {
        return List.copyOf(listings.values());
    }

    /**
     * This snapshot after a change from {@code before} to {@code after} (the stored facts of the
     * changed posts; a post absent on one side is new or gone): their rows replaced, and the sizes of
     * every listing either side names read again through {@code reread} (which leaves out listings
     * now empty).
     */
    public SitemapRows moved(Collection<PostFacts> before, Collection<PostFacts> after,
                             Function<Set<Listing>, List<PostStore.ListingSize>> reread) {
        TreeMap<Key, PostStore.Dated> nextPosts = new TreeMap<>(posts);
        Set<Listing> touched = new TreeSet<>();
        for (PostFacts facts : before) {
            nextPosts.remove(key(facts));
            touched.addAll(facts.listings().keySet());
        }
        for (PostFacts facts : after) {
            touched.addAll(facts.listings().keySet());
            if (!facts.draft()) {
                nextPosts.put(key(facts), dated(facts));
            }
        }
        touched.remove(Listing.HOME);
        TreeMap<Listing, PostStore.ListingSize> nextListings = new TreeMap<>(listings);
        touched.forEach(nextListings::remove);
        if (!touched.isEmpty()) {
            reread.apply(touched).forEach(size -> nextListings.put(size.listing(), size));
        }
        return new SitemapRows(nextPosts, nextListings);
    }

    private static Key key(PostFacts facts) {
        return new Key(facts.date().instant(), facts.slug());
    }

    private static PostStore.Dated dated(PostFacts facts) {
        return new PostStore.Dated(facts.slug(), facts.date().date(),
                facts.updated().map(PostDate::date).orElse(facts.date().date()));
    }

    @Override
    public String toString() {
        return "SitemapRows[" + posts.size() + " posts, " + listings.size() + " listings]";
    }
}
