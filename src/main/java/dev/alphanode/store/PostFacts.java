package dev.alphanode.store;

import dev.alphanode.content.Post;
import dev.alphanode.content.PostDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What other pages show of a post — its card (slug, title, date, summary, reading time), the
 * listings it appears in, and the file's hash (feeds carry the whole post) — so a change can be
 * traced to exactly the pages that show it.
 */
public record PostFacts(String slug, String title, PostDate date, Optional<PostDate> updated, Optional<String> summary, int readingTime,
                        boolean draft, Map<Listing, String> listings, String contentHash) {

    public PostFacts {
        listings = Map.copyOf(listings);
    }

    public static PostFacts of(Post post) {
        return new PostFacts(post.slug(), post.title(), post.date(), post.updated(), post.summary(), post.readingTime(),
                post.draft(), listingsOf(post), post.contentHash());
    }

    /** Whether listing cards and similar-post cards show this post differently from {@code other}. */
    public boolean sameCard(PostFacts other) {
        return slug.equals(other.slug) && title.equals(other.title) && date.equals(other.date)
                && summary.equals(other.summary) && readingTime == other.readingTime && draft == other.draft;
    }

    /** Whether previous/next links show this post as {@code other}, in the same place: slug, title, date, published. */
    public boolean sameNavEntry(PostFacts other) {
        return slug.equals(other.slug) && title.equals(other.title) && date.equals(other.date) && draft == other.draft;
    }

    /** Whether a feed shows this post as {@code other} (an entry carries the whole post: the same file or not). */
    public boolean sameEntry(PostFacts other) {
        return slug.equals(other.slug) && draft == other.draft && contentHash.equals(other.contentHash);
    }

    /** Whether the sitemap lists this post as {@code other}: the same URL, dates, and listings (their sizes and dates). */
    public boolean sameSitemapFacts(PostFacts other) {
        return slug.equals(other.slug) && date.equals(other.date) && updated.equals(other.updated) && draft == other.draft
                && listings.keySet().equals(other.listings.keySet());
    }

    /** Listing → the term name this post gives it ({@code ""} for the home listing). Drafts are in none. */
    static Map<Listing, String> listingsOf(Post post) {
        Map<Listing, String> listings = new TreeMap<>();
        if (post.draft()) {
            return listings;
        }
        listings.put(Listing.HOME, "");
        for (Taxonomy.Term term : Taxonomy.listedTerms(post)) {
            listings.putIfAbsent(new Listing(Optional.of(term.taxonomy()), term.slug()), term.name());
        }
        return listings;
    }
}
