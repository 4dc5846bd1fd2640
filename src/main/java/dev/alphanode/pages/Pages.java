package dev.alphanode.pages;

import dev.alphanode.similar.SimilarPosts;
import dev.alphanode.content.EngineFields;
import dev.alphanode.content.MediaPaths;
import dev.alphanode.content.Post;
import dev.alphanode.content.PostDate;
import dev.alphanode.discovery.BaseUrl;
import dev.alphanode.render.HeadView;
import dev.alphanode.render.SearchView;
import dev.alphanode.search.SearchIndex;
import dev.alphanode.search.SearchQuery;
import dev.alphanode.search.SearchResults;
import dev.alphanode.content.SiteSettings;
import dev.alphanode.render.Link;
import dev.alphanode.render.Markdown;
import dev.alphanode.render.MetaBox;
import dev.alphanode.render.PageRenderer;
import dev.alphanode.render.Pagination;
import dev.alphanode.render.PostCard;
import dev.alphanode.render.PostNav;
import dev.alphanode.render.PostView;
import dev.alphanode.render.TocEntry;
import dev.alphanode.store.Neighbours;
import dev.alphanode.render.SiteView;
import dev.alphanode.content.Slugs;
import dev.alphanode.store.PostStore;
import dev.alphanode.store.PostSummary;
import dev.alphanode.route.Fragment;
import dev.alphanode.route.Route;
import dev.alphanode.store.Taxonomy;
import dev.alphanode.sync.ImportReport;
import dev.alphanode.sync.SiteState;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** Builds every route's {@link Page}: which fragments it has and how each is rendered from the store. */
public final class Pages {
    private static final DateTimeFormatter DISPLAY_DATE = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);

    private final PostStore store;
    private final SimilarPosts similar;
    private final PostHtml html;
    private final PageRenderer renderer;
    private final SiteState state;
    private final URI baseUrl;
    private final Documents documents;
    private final SearchIndex search;
    private final Heads heads;
    private final PostBodies bodies;

    public Pages(PostStore store, SimilarPosts similar, SearchIndex search, Markdown markdown, MediaPaths media,
                 PageRenderer renderer, SiteState state, URI baseUrl) {
        this.search = search;
        this.store = store;
        this.similar = similar;
        this.html = new PostHtml(markdown, media);
        this.renderer = renderer;
        this.state = state;
        this.baseUrl = baseUrl;
        BaseUrl base = new BaseUrl(baseUrl.toString());
        this.bodies = new PostBodies(store);
        this.documents = new Documents(store, html, renderer, state, base, bodies);
        this.heads = new Heads(base, baseUrl);
    }

    /** The page of a route; a draft post exists only for previews. */
    public Page page(Route route, boolean preview) {
        if (route instanceof Route.Post post) {
            return post(post.slug(), preview);
        }
        if (route instanceof Route.Feed feed) {
            return documents.feed(feed);
        }
        if (route instanceof Route.Sitemap sitemap) {
            return documents.sitemap(sitemap);
        }
        if (route instanceof Route.Robots robots) {
            return documents.robots(robots);
        }
        if (route instanceof Route.Search search) {
            return search(search);
        }
        if (route instanceof Route.Term term) {
            return taxonomy(term.taxonomy(), term.slug(), term.page());
        }
        return home(((Route.Home) route).page());
    }

    /** {@code /posts/{slug}}; drafts exist only for previews. */
    public Page post(String slug, boolean preview) {
        Route route = new Route.Post(slug);
        PageStats stats = new PageStats();
        return new Page(route, renderer, stats, () -> stats.db(() -> store.findBySlug(slug))
                .filter(post -> preview || !post.draft())
                .map(post -> postFragments(route.path(), post, stats)));
    }

    /** {@code /} and {@code /page/{n}}: newest posts. */
    public Page home(int page) {
        Route route = new Route.Home(page);
        PageStats stats = new PageStats();
        return new Page(route, renderer, stats, () -> {
            SiteSettings settings = state.settings();
            int total = stats.db(store::countPublished);
            SiteView site = site();
            return window(page, total, settings.postsPerPage()).map(offset -> listFragments(site,
                    heads.home(site, page == 1 ? settings.title() : settings.title() + " · page " + page, route.path()),
                    "Newest posts", () -> stats.db(() -> store.newest(offset, settings.postsPerPage())),
                    pagination(page, total, settings.postsPerPage(), Route.Home::new)));
        });
    }

    /** {@code /topics/{slug}}, {@code /stacks/{slug}}, {@code /tags/{slug}}, paginated by {@code /page/{n}}. */
    public Page taxonomy(Taxonomy taxonomy, String termSlug, int page) {
        Route.Term route = new Route.Term(taxonomy, termSlug, page);
        PageStats stats = new PageStats();
        return new Page(route, renderer, stats, () -> {
            SiteSettings settings = state.settings();
            int total = stats.db(() -> store.countByTerm(taxonomy, termSlug));
            Optional<String> name = total == 0 ? Optional.empty() : stats.db(() -> store.termName(taxonomy, termSlug));
            SiteView site = site();
            return name.flatMap(term -> window(page, total, settings.postsPerPage()).map(offset -> listFragments(site,
                    heads.listing(site, taxonomy.label() + ": " + term + (page == 1 ? "" : " · page " + page) + " · "
                            + settings.title(), "Posts about " + term + " on " + settings.title(), route,
                            taxonomy.label() + ": " + term), taxonomy.label() + ": " + term,
                    () -> stats.db(() -> store.byTerm(taxonomy, termSlug, offset, settings.postsPerPage())),
                    pagination(page, total, settings.postsPerPage(), n -> new Route.Term(taxonomy, termSlug, n)))));
        });
    }

    /**
     * {@code /search?q=}: one page of ranked hits. Cached under the path and the fingerprint of the
     * published posts the index held ({@link SiteState#searchFingerprint}), so any change to what is
     * published makes every cached search unreachable without purging it; the form alone is not.
     */
    public Page search(Route.Search route) {
        SearchQuery query = route.query();
        String key = query.isEmpty() ? route.path() : route.path() + "#" + state.searchFingerprint();
        PageStats stats = new PageStats();
        return new Page(route, key, renderer, stats, () -> {
            SiteSettings settings = state.settings();
            SiteView site = site();
            if (query.isEmpty()) {
                return Optional.of(searchFragments(site, "Search · " + site.title(), route,
                        () -> new SearchView("", false, query.cut(), 0, true, List.of(), 1, 0, null, null)));
            }
            SearchResults results = stats.db(() -> search.search(query, settings.postsPerPage()));
            if (results.beyondLastPage() && query.page() > 1) {
                return Optional.empty();
            }
            return Optional.of(searchFragments(site, "Search: " + query.text() + (query.page() == 1 ? "" : " · page "
                    + query.page()) + " · " + site.title(), route, () -> searchView(results)));
        });
    }

    private Map<String, Supplier<String>> searchFragments(SiteView site, String title, Route.Search route,
                                                          Supplier<SearchView> view) {
        Map<String, Supplier<String>> fragments = shell(site, heads.plain(site, title, "Search the posts of " + site.title(),
                baseUrl + route.path()));
        fragments.put(Fragment.SEARCH_RESULTS.id(), () -> renderer.searchResults(view.get()));
        return fragments;
    }

    private static SearchView searchView(SearchResults results) {
        SearchQuery query = results.query();
        List<SearchView.Hit> hits = results.hits().stream().map(hit -> new SearchView.Hit(
                new Route.Post(hit.slug()).path(), hit.title(), hit.date().iso(), display(hit.date()),
                hit.snippet().html())).toList();
        String prev = query.page() > 1 ? pageOf(query, query.page() - 1) : null;
        String next = query.page() < results.pageCount() ? pageOf(query, query.page() + 1) : null;
        return new SearchView(query.text(), true, query.cut(), results.totalHits(), results.allWords(), hits,
                query.page(), results.pageCount(), prev, next);
    }

    private static String pageOf(SearchQuery query, int page) {
        return new Route.Search(new SearchQuery(query.text(), false, query.topic(), query.stack(), query.tag(), page)).path();
    }

    /** The operator's content page: posts, drafts, errors with file:line, last import and cache facts. */
    public String adminContent(List<Link> cacheFacts) {
        SiteView site = site();
        ImportReport report = state.lastImport();
        List<Link> lastImport = report == null ? List.of() : List.of(
                new Link("files", String.valueOf(report.files())), new Link("imported", String.valueOf(report.imported())),
                new Link("unchanged", String.valueOf(report.unchanged())), new Link("removed", String.valueOf(report.removed())),
                new Link("rejected", String.valueOf(report.rejected())), new Link("took", report.millis() + " ms"));
        List<String> errors = report == null ? List.of() : report.problems().stream().map(Object::toString).toList();
        AdminStatus status = new AdminStatus(store.countPublished(), store.drafts().stream().map(Pages::card).toList(),
                errors, lastImport, cacheFacts);
        return renderer.assemble(renderer.head(site, heads.plain(site, "Content · " + site.title(), "Content status",
                        baseUrl + "/admin/content")),
                renderer.nav(site), List.of(renderer.adminContent(status)), renderer.footer(site));
    }

    /** The published-content fingerprint cached searches are keyed by. */
    public String searchFingerprint() {
        return state.searchFingerprint();
    }

    /** What the admin content page shows. Facts are label/value pairs. */
    public record AdminStatus(int posts, List<PostCard> drafts, List<String> errors, List<Link> lastImport,
                              List<Link> cache) {
    }

    /** A whole error page (404, 500): never cached, never showing internals. */
    public String error(int status, String title, String message) {
        SiteView site = site();
        return renderer.assemble(renderer.head(site, heads.plain(site, title + " · " + site.title(), message,
                        baseUrl.toString())),
                renderer.nav(site), List.of(renderer.error(status, title, message)), renderer.footer(site));
    }

    private Map<String, Supplier<String>> postFragments(String route, Post post, PageStats stats) {
        SiteSettings settings = state.settings();
        SiteView site = site();
        Map<String, Supplier<String>> fragments = shell(site, heads.post(site, post, route));
        fragments.put(Fragment.ARTICLE.id(), () -> {
            String body = html.of(post, bodies.markdown(post, stats));
            return renderer.article(new PostView(post.slug(), post.title(), post.date().iso(), display(post.date()),
                    post.readingTime(), post.topic().map(topic -> new Link(topic, topicPath(topic))).orElse(null),
                    EngineFields.joined(post.authors()), body,
                    TocEntry.of(body), tagLinks(post)));
        });
        fragments.put(Fragment.POST_NAV.id(), () -> {
            Neighbours beside = stats.db(() -> store.neighbours(post.slug(), post.date()));
            return renderer.postNav(new PostNav(beside.newer().map(Pages::link).orElse(null),
                    beside.older().map(Pages::link).orElse(null)));
        });
        fragments.put(Fragment.POST_META.id(), () -> renderer.postMeta(MetaBox.entries(post.meta())));
        fragments.put(Fragment.SIMILAR_POSTS.id(), () -> renderer.similarPosts(stats.db(() -> similar
                .similarTo(post.slug(), settings.similarPosts()))
                .stream().map(Pages::card).toList()));
        return fragments;
    }

    private Map<String, Supplier<String>> listFragments(SiteView site, HeadView head, String heading,
                                                        Supplier<List<PostSummary>> posts, Pagination pagination) {
        Map<String, Supplier<String>> fragments = shell(site, head);
        fragments.put(Fragment.POST_LIST.id(), () -> renderer.postList(heading, posts.get().stream().map(Pages::card).toList()));
        fragments.put(Fragment.PAGINATION.id(), () -> renderer.pagination(pagination));
        return fragments;
    }

    private Map<String, Supplier<String>> shell(SiteView site, HeadView head) {
        Map<String, Supplier<String>> fragments = new HashMap<>();
        fragments.put(Fragment.HEAD.id(), () -> renderer.head(site, head));
        fragments.put(Fragment.NAV.id(), () -> renderer.nav(site));
        fragments.put(Fragment.FOOTER.id(), () -> renderer.footer(site));
        return fragments;
    }

    private SiteView site() {
        SiteSettings settings = state.settings();
        return new SiteView(settings.title(), settings.description(),
                settings.nav().stream().map(item -> new Link(item.title(), item.url())).toList());
    }

    /** The offset of page {@code page}, or empty when the page is out of range (page 1 always exists). */
    private static Optional<Integer> window(int page, int total, int perPage) {
        int pages = Math.max(1, (total + perPage - 1) / perPage);
        return page >= 1 && page <= pages ? Optional.of((page - 1) * perPage) : Optional.empty();
    }

    private static Pagination pagination(int page, int total, int perPage, java.util.function.IntFunction<Route> route) {
        int pages = Math.max(1, (total + perPage - 1) / perPage);
        String prev = page <= 1 ? null : route.apply(page - 1).path();
        String next = page >= pages ? null : route.apply(page + 1).path();
        return new Pagination(page, pages, prev, next);
    }

    /** The topic's listing; a topic whose name has no slug characters links to the bare prefix, as before. */
    private static String topicPath(String topic) {
        String slug = Slugs.slugify(topic);
        return slug.isEmpty() ? Route.prefix(Taxonomy.TOPIC) : Route.term(Taxonomy.TOPIC, slug).path();
    }

    /** The post's tags that have a listing, in the post's order and spelling, each once. */
    private static List<Link> tagLinks(Post post) {
        Map<String, Link> tags = new java.util.LinkedHashMap<>();
        for (Taxonomy.Term term : Taxonomy.listedTerms(post)) {
            if (term.taxonomy() == Taxonomy.TAG) {
                tags.putIfAbsent(term.slug(), new Link(term.name(), Route.term(Taxonomy.TAG, term.slug()).path()));
            }
        }
        return List.copyOf(tags.values());
    }

    private static Link link(PostSummary post) {
        return new Link(post.title(), new Route.Post(post.slug()).path());
    }

    private static PostCard card(PostSummary post) {
        return new PostCard(post.slug(), new Route.Post(post.slug()).path(), post.title(), post.date().iso(),
                display(post.date()), post.summary().orElse(null), post.readingTime());
    }

    /** The calendar date as the author wrote it: a post written at 01:00 +02:00 shows that day, not UTC's. */
    private static String display(PostDate date) {
        return display(date.date());
    }

    private static String display(LocalDate date) {
        return DISPLAY_DATE.format(date);
    }
}
