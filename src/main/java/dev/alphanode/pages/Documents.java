package dev.alphanode.pages;

import dev.alphanode.content.Post;
import dev.alphanode.content.PostDate;
import dev.alphanode.content.SiteSettings;
import dev.alphanode.discovery.AtomFeed;
import dev.alphanode.discovery.BaseUrl;
import dev.alphanode.discovery.Robots;
import dev.alphanode.discovery.Sitemap;
import dev.alphanode.discovery.SitemapIndex;
import dev.alphanode.render.PageRenderer;
import dev.alphanode.route.Fragment;
import dev.alphanode.route.Route;
import dev.alphanode.store.Listing;
import dev.alphanode.store.PostStore;
import dev.alphanode.store.SitemapRows;
import dev.alphanode.store.Taxonomy;
import dev.alphanode.sync.SiteState;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The documents crawlers and feed readers read — Atom feeds, the sitemap, robots.txt — as pages of
 * one fragment each, so they are cached, purged and served like every other route.
 */
final class Documents {
    /** An empty feed's {@code updated}: fixed, so its bytes do not depend on when it was rendered. */
    private static final Instant NO_ENTRIES = Instant.EPOCH;

    private final PostStore store;
    private final PostHtml html;
    private final PageRenderer renderer;
    private final SiteState state;
    private final BaseUrl base;
    private final PostBodies bodies;

    Documents(PostStore store, PostHtml html, PageRenderer renderer, SiteState state, BaseUrl base, PostBodies bodies) {
        this.bodies = bodies;
        this.store = store;
        this.html = html;
        this.renderer = renderer;
        this.state = state;
        this.base = base;
    }

    /** {@code /feed.xml} and {@code {listing}/feed.xml}: the newest {@code feed_size} posts; a term without posts has none. */
    Page feed(Route.Feed route) {
        PageStats stats = new PageStats();
        return new Page(route, renderer, stats, () -> {
            SiteSettings settings = state.settings();
            Listing listing = route.listing();
            Optional<String> term = listing.taxonomy().isEmpty() ? Optional.of("")
                    : stats.db(() -> store.termName(listing.taxonomy().get(), listing.termSlug()));
            return term.map(name -> one(Fragment.FEED, () -> {
                List<Post> posts = stats.db(() -> store.newestPosts(listing, settings.feedSize()));
                String title = name.isEmpty() ? settings.title()
                        : listing.taxonomy().get().label() + ": " + name + " · " + settings.title();
                AtomFeed.Feed feed = new AtomFeed.Feed(base.absolute(route.path()), title,
                        Optional.of(settings.description()).filter(text -> !text.isBlank()), base.absolute(route.path()),
                        base.absolute(route.page().path()), settings.title(), NO_ENTRIES, Optional.of("alphanode"));
                return AtomFeed.write(feed, posts.stream().map(post -> entry(post, settings, stats)).toList());
            }));
        });
    }

    private AtomFeed.Entry entry(Post post, SiteSettings settings, PageStats stats) {
        Instant published = post.date().instant();
        Instant updated = post.updated().map(PostDate::instant).orElse(published);
        List<AtomFeed.Category> categories = Taxonomy.listedTerms(post).stream().map(term -> new AtomFeed.Category(
                term.slug(), term.name(), base.absolute(Route.prefix(term.taxonomy())))).toList();
        Optional<String> content = settings.feedContent() == SiteSettings.FeedContent.FULL
                ? Optional.of(html.of(post, bodies.markdown(post, stats))) : Optional.empty();
        return new AtomFeed.Entry(base.absolute(new Route.Post(post.slug()).path()), post.title(), published, updated,
                post.authors(), categories, post.summary(), content);
    }

    /** {@code /sitemap.xml}: every published post and listing page; past 50,000 URLs an index of {@code /sitemap-n.xml}. */
    Page sitemap(Route.Sitemap route) {
        PageStats stats = new PageStats();
        return new Page(route, renderer, stats, () -> {
            List<List<Sitemap.Url>> parts = Sitemap.split(stats.db(this::sitemapUrls));
            if (route.part() == 0) {
                return Optional.of(one(Fragment.SITEMAP, () -> parts.size() <= 1
                        ? Sitemap.write(parts.isEmpty() ? List.of() : parts.get(0))
                        : SitemapIndex.write(SitemapIndex.parts(parts,
                                part -> base.absolute(new Route.Sitemap(part).path())))));
            }
            if (parts.size() <= 1 || route.part() > parts.size()) {
                return Optional.empty();
            }
            return Optional.of(one(Fragment.SITEMAP, () -> Sitemap.write(parts.get(route.part() - 1))));
        });
    }

    private List<Sitemap.Url> sitemapUrls() {
        int perPage = state.settings().postsPerPage();
        SitemapRows rows = store.sitemapRows();
        List<PostStore.Dated> posts = rows.posts();
        List<Sitemap.Url> urls = new ArrayList<>();
        Optional<LocalDate> newest = posts.stream().findFirst().map(PostStore.Dated::date);
        listingPages(Listing.HOME, posts.size(), newest, perPage, urls);
        for (PostStore.Dated post : posts) {
            urls.add(new Sitemap.Url(base.absolute(new Route.Post(post.slug()).path()), Optional.of(post.lastmod())));
        }
        for (PostStore.ListingSize listing : rows.listings()) {
            listingPages(listing.listing(), listing.posts(), Optional.of(listing.newest()), perPage, urls);
        }
        return urls;
    }

    private void listingPages(Listing listing, int posts, Optional<LocalDate> newest, int perPage, List<Sitemap.Url> urls) {
        for (int page = 1; page <= listing.pages(posts, perPage); page++) {
            urls.add(new Sitemap.Url(base.absolute(Route.of(listing, page).path()), newest));
        }
    }

    /** {@code /robots.txt}: the sitemap, and {@code robots_disallow} from site.yml. */
    Page robots(Route.Robots route) {
        PageStats stats = new PageStats();
        return new Page(route, renderer, stats, () -> Optional.of(one(Fragment.ROBOTS,
                () -> Robots.text(base.absolute(new Route.Sitemap(0).path()), state.settings().robotsDisallow()))));
    }

    private static Map<String, Supplier<String>> one(Fragment fragment, Supplier<String> render) {
        return Map.of(fragment.id(), render);
    }
}
