package dev.alphanode.sync;

import dev.alphanode.cache.RouteFragment;
import dev.alphanode.content.Post;
import dev.alphanode.content.TemplateTags;
import dev.alphanode.discovery.Sitemap;
import dev.alphanode.route.Fragment;
import dev.alphanode.route.Route;
import dev.alphanode.store.Listing;
import dev.alphanode.store.PostFacts;
import dev.alphanode.store.PostStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * Traces a content change to exactly the fragments whose HTML it changes, derived from H2:
 * the facts of each changed post before and after, and for every listing it was or is in, its
 * position, the listing's size and heading before and after. Listing pages before the first
 * changed position keep their HTML; when membership changes, every later page shifts. A post whose
 * body links to another by file name ({@code post_url}, {@code ref}) shows that post's route: when
 * a post of that file name appears, goes, or changes slug or draft, the linking articles and the
 * feeds holding them are purged too.
 */
public final class Dependencies {
    private final PostStore store;
    /**
     * The sitemap's URL count after the last traced change, and the listing page size it was counted
     * with: a trace moves it by the listings whose sizes it read instead of counting every listing
     * again. Forgotten ({@link #forgetCounts}) after any write no trace followed.
     */
    private OptionalInt sitemapUrls = OptionalInt.empty();
    private int sitemapUrlsPerPage;

    public Dependencies(PostStore store) {
        this.store = store;
    }

    /** Call after a sync wrote without {@link Trace#affected}: the counts it kept are counted again when next needed. */
    public synchronized void forgetCounts() {
        sitemapUrls = OptionalInt.empty();
    }

    /** The sitemap URL count kept since the last traced change, if any (tests compare it with a fresh count). */
    synchronized OptionalInt knownSitemapUrls() {
        return sitemapUrls;
    }

    private synchronized int sitemapUrls(int perPage) {
        if (sitemapUrls.isEmpty() || sitemapUrlsPerPage != perPage) {
            sitemapUrls = OptionalInt.of(store.sitemapUrlCount(perPage));
            sitemapUrlsPerPage = perPage;
        }
        return sitemapUrls.getAsInt();
    }

    private synchronized void sitemapUrlsNow(int urls, int perPage) {
        sitemapUrls = OptionalInt.of(urls);
        sitemapUrlsPerPage = perPage;
    }

    /** One changed post: its stored facts before the change and after it (empty = absent / not stored). */
    public record Change(Optional<PostFacts> before, Optional<PostFacts> after) {
    }

    /** A listing's heading, the changed posts' positions in it, and its size: read only where membership changes. */
    private record ListingState(OptionalInt count, Optional<String> name, Map<String, Integer> positions) {
    }

    /** The state a change is compared against: take it before writing. */
    public final class Trace {
        private final List<Change> changes;
        private final Set<Listing> listings = new TreeSet<>();
        private final Map<Listing, ListingState> before;
        private final int perPage;
        /** Whether the sitemap lists the change (a post appears, goes, moves date or listings), and its URLs before. */
        private final boolean sitemapChanges;
        private final int sitemapUrlsBefore;
        /** The posts whose previous/next links showed a changed post (or its absence) before the change. */
        private final Set<String> neighboursBefore;

        /** File-name keys of posts that appeared, went, or changed slug or draft: links to them may resolve anew. */
        private final Set<String> linkTargetsMoved;

        private Trace(List<Change> changes, int perPage, Set<String> linkTargetsMoved) {
            this.changes = changes;
            this.linkTargetsMoved = linkTargetsMoved;
            this.perPage = perPage;
            this.sitemapChanges = changes.stream().anyMatch(change -> change.before().isEmpty() || change.after().isEmpty()
                    || !change.before().get().sameSitemapFacts(change.after().get()));
            this.sitemapUrlsBefore = sitemapChanges ? sitemapUrls(perPage) : 0;
            for (Change change : changes) {
                change.before().ifPresent(facts -> listings.addAll(facts.listings().keySet()));
                change.after().ifPresent(facts -> listings.addAll(facts.listings().keySet()));
            }
            this.before = states(listings, changes, Optional.empty());
            this.neighboursBefore = neighbours(true);
        }

        /**
         * The published posts beside each changed post whose place or title in previous/next links
         * differs, before or after the change: exactly the posts whose links to it change.
         */
        private Set<String> neighbours(boolean before) {
            Set<String> slugs = new TreeSet<>();
            for (Change change : changes) {
                boolean same = change.before().isPresent() && change.after().isPresent()
                        && change.before().get().sameNavEntry(change.after().get());
                Optional<PostFacts> facts = before ? change.before() : change.after();
                facts.filter(f -> !same && !f.draft())
                        .ifPresent(f -> slugs.addAll(store.neighbours(f.slug(), f.date()).slugs()));
            }
            return slugs;
        }

        public List<Change> changes() {
            return changes;
        }

        /** Slugs whose post route changes: old and new slugs of every changed post. */
        public Set<String> changedSlugs() {
            Set<String> slugs = new TreeSet<>();
            for (Change change : changes) {
                change.before().ifPresent(facts -> slugs.add(facts.slug()));
                change.after().ifPresent(facts -> slugs.add(facts.slug()));
            }
            return slugs;
        }

        /** Slugs whose card changed (other pages show them differently, or not at all). */
        public Set<String> changedCards() {
            Set<String> slugs = new TreeSet<>();
            for (Change change : changes) {
                boolean same = change.before().isPresent() && change.after().isPresent()
                        && change.before().get().sameCard(change.after().get());
                if (!same) {
                    change.before().ifPresent(facts -> slugs.add(facts.slug()));
                    change.after().ifPresent(facts -> slugs.add(facts.slug()));
                }
            }
            return slugs;
        }

        /** Call after the change is written: every fragment whose output may now differ. */
        public Set<RouteFragment> affected(int feedSize, Set<String> similarReferrers) {
            Set<RouteFragment> affected = new HashSet<>();
            for (String slug : changedSlugs()) {
                Route route = new Route.Post(slug);
                for (Fragment fragment : route.fragments()) {
                    affected.add(new RouteFragment(route.path(), fragment.id()));
                }
            }
            affected.addAll(similarFragments(similarReferrers));
            Set<String> neighbours = new TreeSet<>(neighboursBefore);
            neighbours.addAll(neighbours(false));
            neighbours.forEach(slug -> affected.add(new RouteFragment(new Route.Post(slug).path(), Fragment.POST_NAV.id())));
            affected.addAll(linkingFragments(feedSize));
            Map<Listing, ListingState> after = states(listings, changes, Optional.of(before));
            for (Listing listing : listings) {
                affected.addAll(listingFragments(listing, before.get(listing), after.get(listing), perPage));
                boolean renamed = !before.get(listing).name().equals(after.get(listing).name());
                if (renamed || changedRange(listing, before.get(listing), after.get(listing), PostFacts::sameEntry)[0] < feedSize) {
                    Route feed = new Route.Feed(listing);
                    affected.add(new RouteFragment(feed.path(), Fragment.FEED.id()));
                }
            }
            if (sitemapChanges) {
                int urlsAfter = sitemapUrlsBefore + sitemapUrlChange(after);
                sitemapUrlsNow(urlsAfter, perPage);
                int urls = Math.max(sitemapUrlsBefore, urlsAfter);
                // Past 50,000 URLs, /sitemap.xml is an index of parts /sitemap-1.xml … (Sitemap.split)
                int parts = urls <= Sitemap.MAX_URLS ? 0 : (urls + Sitemap.MAX_URLS - 1) / Sitemap.MAX_URLS;
                for (int part = 0; part <= parts; part++) {
                    affected.add(new RouteFragment(new Route.Sitemap(part).path(), Fragment.SITEMAP.id()));
                }
            }
            return affected;
        }

        /**
         * How many URLs the change added to the sitemap (negative: removed): a post per member of the
         * home listing, and the pages of every listing whose size changed — the only listings whose
         * page count can change, and the ones whose sizes the trace read.
         */
        private int sitemapUrlChange(Map<Listing, ListingState> after) {
            int change = 0;
            for (Listing listing : listings) {
                OptionalInt sizeBefore = before.get(listing).count();
                OptionalInt sizeAfter = after.get(listing).count();
                if (sizeBefore.isEmpty() || sizeAfter.isEmpty()) {
                    continue;
                }
                if (listing.taxonomy().isEmpty()) {
                    change += sizeAfter.getAsInt() - sizeBefore.getAsInt();
                }
                change += listing.pages(sizeAfter.getAsInt(), perPage) - listing.pages(sizeBefore.getAsInt(), perPage);
            }
            return change;
        }

        /** The articles (and feeds holding them) of posts whose body links to a post that moved. */
        private Set<RouteFragment> linkingFragments(int feedSize) {
            Set<RouteFragment> fragments = new HashSet<>();
            if (linkTargetsMoved.isEmpty()) {
                return fragments;
            }
            for (PostFacts facts : store.factsBySource(store.linkingSources(linkTargetsMoved)).values()) {
                fragments.add(new RouteFragment(new Route.Post(facts.slug()).path(), Fragment.ARTICLE.id()));
                for (Listing listing : facts.listings().keySet()) {
                    if (store.position(listing, facts.slug(), facts.date()) < feedSize) {
                        fragments.add(new RouteFragment(new Route.Feed(listing).path(), Fragment.FEED.id()));
                    }
                }
            }
            return fragments;
        }

        private List<RouteFragment> listingFragments(Listing listing, ListingState old, ListingState now, int perPage) {
            List<RouteFragment> fragments = new ArrayList<>();
            boolean renamed = !old.name().equals(now.name());
            // No post entered or left: the size stands, so only a heading change needs it (for its page count).
            int sameSize = old.count().isEmpty() && renamed ? store.count(listing) : 0;
            int oldPages = listing.pages(old.count().orElse(sameSize), perPage);
            int newPages = listing.pages(now.count().orElse(sameSize), perPage);
            int maxPages = Math.max(oldPages, newPages);
            long[] range = changedRange(listing, old, now, PostFacts::sameCard);
            if (range[0] <= range[1]) {
                // An open range (a post entered or left, later posts shift) ends at the last page; sizes are known then.
                int last = range[1] == Long.MAX_VALUE ? maxPages : (int) (range[1] / perPage + 1);
                for (int page = (int) (range[0] / perPage) + 1; page <= last; page++) {
                    fragments.add(new RouteFragment(Route.of(listing, page).path(), Fragment.POST_LIST.id()));
                }
            }
            if (oldPages != newPages) {
                for (int page = 1; page <= maxPages; page++) {
                    fragments.add(new RouteFragment(Route.of(listing, page).path(), Fragment.PAGINATION.id()));
                }
                for (int page = newPages + 1; page <= oldPages; page++) {
                    Route gone = Route.of(listing, page);
                    for (Fragment fragment : gone.fragments()) {
                        fragments.add(new RouteFragment(gone.path(), fragment.id()));
                    }
                }
            }
            if (renamed) {
                for (int page = 1; page <= maxPages; page++) {
                    fragments.add(new RouteFragment(Route.of(listing, page).path(), Fragment.HEAD.id()));
                    fragments.add(new RouteFragment(Route.of(listing, page).path(), Fragment.POST_LIST.id()));
                }
            }
            return fragments;
        }

        /**
         * The first and last positions whose entry may differ (a card for listing pages, the whole post
         * for feeds); last is Long.MAX_VALUE when later posts shift.
         */
        private long[] changedRange(Listing listing, ListingState old, ListingState now,
                                    java.util.function.BiPredicate<PostFacts, PostFacts> same) {
            long first = Long.MAX_VALUE;
            long last = Long.MIN_VALUE;
            for (Change change : changes) {
                Integer was = change.before().map(f -> old.positions().get(f.slug())).orElse(null);
                Integer is = change.after().map(f -> now.positions().get(f.slug())).orElse(null);
                boolean wasIn = was != null && change.before().get().listings().containsKey(listing);
                boolean isIn = is != null && change.after().get().listings().containsKey(listing);
                if (!wasIn && !isIn) {
                    continue;
                }
                boolean shownAlike = wasIn && isIn && same.test(change.before().get(), change.after().get());
                if (wasIn && isIn && was.equals(is) && shownAlike) {
                    continue;
                }
                first = Math.min(first, Math.min(wasIn ? was : Long.MAX_VALUE, isIn ? is : Long.MAX_VALUE));
                last = Math.max(last, wasIn != isIn ? Long.MAX_VALUE : Math.max(was, is));
            }
            return new long[] {first, last};
        }
    }

    /** The similar-posts fragments of these posts. */
    public static Set<RouteFragment> similarFragments(Set<String> slugs) {
        Set<RouteFragment> fragments = new HashSet<>();
        slugs.forEach(slug -> fragments.add(new RouteFragment(new Route.Post(slug).path(), Fragment.SIMILAR_POSTS.id())));
        return fragments;
    }

    /** Captures the state before {@code accepted} and {@code removedSources} are written. */
    public Trace begin(List<Post> accepted, List<String> removedSources, int perPage) {
        List<String> sources = new ArrayList<>(removedSources);
        accepted.forEach(post -> sources.add(post.sourcePath()));
        Map<String, PostFacts> stored = store.factsBySource(sources);
        List<Change> changes = new ArrayList<>();
        Set<String> linkTargetsMoved = new TreeSet<>();
        for (Post post : accepted) {
            PostFacts before = stored.get(post.sourcePath());
            changes.add(new Change(Optional.ofNullable(before), Optional.of(PostFacts.of(post))));
            if (before == null || !before.slug().equals(post.slug()) || before.draft() != post.draft()) {
                linkTargetsMoved.add(TemplateTags.key(post.sourcePath()));
            }
        }
        for (String source : removedSources) {
            Optional.ofNullable(stored.get(source)).ifPresent(facts -> {
                changes.add(new Change(Optional.of(facts), Optional.empty()));
                linkTargetsMoved.add(TemplateTags.key(source));
            });
        }
        linkTargetsMoved.remove("");
        return new Trace(changes, perPage, linkTargetsMoved);
    }

    /**
     * Each listing's count (where membership changes), name and the changed posts' positions, before
     * the change ({@code before} empty) or after it. After a change that left every changed post where it
     * was in a listing (same slug, date and membership: a title or body edit), that listing's positions
     * are the ones taken before: a position is a count of the posts ahead, dearer the older the post.
     */
    private Map<Listing, ListingState> states(Set<Listing> listings, List<Change> changes,
                                              Optional<Map<Listing, ListingState>> before) {
        Map<Listing, ListingState> states = new HashMap<>();
        for (Listing listing : listings) {
            Map<String, Integer> positions = new HashMap<>();
            boolean membershipChanges = false;
            Map<String, Integer> known = before.filter(b -> changes.stream().allMatch(change -> inPlace(change, listing)))
                    .map(b -> b.get(listing).positions()).orElse(Map.of());
            for (Change change : changes) {
                Optional<PostFacts> facts = before.isEmpty() ? change.before() : change.after();
                facts.filter(f -> f.listings().containsKey(listing))
                        .ifPresent(f -> positions.put(f.slug(), known.containsKey(f.slug()) ? known.get(f.slug())
                                : store.position(listing, f.slug(), f.date())));
                membershipChanges |= in(change.before(), listing) != in(change.after(), listing);
            }
            OptionalInt count = membershipChanges ? OptionalInt.of(store.count(listing)) : OptionalInt.empty();
            states.put(listing, new ListingState(count, store.listingName(listing), positions));
        }
        return states;
    }

    /** Whether the change left its post where it was in {@code listing}: in it both times at the same slug and date, or in it neither time. */
    private static boolean inPlace(Change change, Listing listing) {
        boolean wasIn = in(change.before(), listing);
        if (wasIn != in(change.after(), listing)) {
            return false;
        }
        if (!wasIn) {
            return true;
        }
        PostFacts was = change.before().get();
        PostFacts is = change.after().get();
        return was.slug().equals(is.slug()) && was.date().equals(is.date()) && was.draft() == is.draft();
    }

    private static boolean in(Optional<PostFacts> facts, Listing listing) {
        return facts.map(f -> f.listings().containsKey(listing)).orElse(false);
    }
}
