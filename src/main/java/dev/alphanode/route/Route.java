package dev.alphanode.route;

import dev.alphanode.search.SearchQuery;
import dev.alphanode.store.Listing;
import dev.alphanode.store.Taxonomy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every page route of the site, the one place that spells their paths: both serving paths, the
 * metrics labels, listings, meta-box links and invalidation build and read paths here. A new kind
 * of page is a new case of this type (see docs/architecture.md, "How to add a route").
 */
public sealed interface Route {
    /** The canonical path of this route ({@code /}, {@code /page/2}, {@code /posts/a}, {@code /tags/x/page/2}). */
    String path();

    /** The route template, as Javalin registers it and metrics label it ({@code /posts/{slug}}). */
    String template();

    /** The fragments of this route's page in document order: each is rendered, cached and purged alone. */
    List<Fragment> fragments();

    /** Whether the page is HTML in the page skeleton; otherwise its one fragment is the whole document. */
    default boolean inSkeleton() {
        return true;
    }

    /** The Content-Type the route is served with. */
    default String contentType() {
        return HTML;
    }

    /** Whether a request for {@code requestedPath} asked for this route as it is spelled (else it is redirected). */
    default boolean spelledAs(String requestedPath) {
        return path().equals(requestedPath);
    }

    /** The newest posts; page 1 is {@code /}. */
    record Home(int page) implements Route {
        public Home {
            requirePage(page);
        }

        @Override
        public String path() {
            return page == 1 ? "/" : PAGE + page;
        }

        @Override
        public String template() {
            return page == 1 ? "/" : PAGE + "{n}";
        }

        @Override
        public List<Fragment> fragments() {
            return LISTING_PAGE;
        }
    }

    /** One post's article page. */
    record Post(String slug) implements Route {
        public Post {
            if (!isSlug(slug, 0, slug.length())) {
                throw new IllegalArgumentException("not a slug: '" + slug + "' (expected [a-z0-9-]{1,100})");
            }
        }

        @Override
        public String path() {
            return POSTS + slug;
        }

        @Override
        public String template() {
            return POSTS + "{slug}";
        }

        @Override
        public List<Fragment> fragments() {
            return POST_PAGE;
        }
    }

    /** One taxonomy term's listing (topics, stacks, tags); page 1 is the term's own path. */
    record Term(Taxonomy taxonomy, String slug, int page) implements Route {
        public Term {
            if (!taxonomy.listed()) {
                throw new IllegalArgumentException(taxonomy + " has no listing");
            }
            if (!isSlug(slug, 0, slug.length())) {
                throw new IllegalArgumentException("not a slug: '" + slug + "' (expected [a-z0-9-]{1,100})");
            }
            requirePage(page);
        }

        @Override
        public String path() {
            return page == 1 ? prefix(taxonomy) + slug : prefix(taxonomy) + slug + PAGE + page;
        }

        @Override
        public String template() {
            return page == 1 ? prefix(taxonomy) + "{slug}" : prefix(taxonomy) + "{slug}" + PAGE + "{n}";
        }

        @Override
        public List<Fragment> fragments() {
            return LISTING_PAGE;
        }
    }

    /** The Atom feed of a listing: {@code /feed.xml} for the home listing, {@code /tags/x/feed.xml} for a term's. */
    record Feed(Listing listing) implements Route {
        public Feed {
            // A term's feed follows its listing, so the listing's rules apply (a listed taxonomy, a slug).
            listing.taxonomy().ifPresent(taxonomy -> term(taxonomy, listing.termSlug()));
        }

        /** The page the feed follows: the listing's first page. */
        public Route page() {
            return of(listing, 1);
        }

        @Override
        public String path() {
            return listing.taxonomy().isEmpty() ? FEED : page().path() + FEED;
        }

        @Override
        public String template() {
            return listing.taxonomy().isEmpty() ? FEED : page().template() + FEED;
        }

        @Override
        public List<Fragment> fragments() {
            return FEED_DOCUMENT;
        }

        @Override
        public boolean inSkeleton() {
            return false;
        }

        @Override
        public String contentType() {
            return "application/atom+xml;charset=utf-8";
        }
    }

    /**
     * The sitemap: part 0 is {@code /sitemap.xml} (the URL set, or past 50,000 URLs an index of the
     * parts), part n is {@code /sitemap-n.xml}.
     */
    record Sitemap(int part) implements Route {
        public Sitemap {
            if (part < 0 || part > 50_000) {
                throw new IllegalArgumentException("not a sitemap part: " + part + " (expected 0 to 50000)");
            }
        }

        @Override
        public String path() {
            return part == 0 ? SITEMAP : SITEMAP_PART + part + ".xml";
        }

        @Override
        public String template() {
            return part == 0 ? SITEMAP : SITEMAP_PART + "{n}.xml";
        }

        @Override
        public List<Fragment> fragments() {
            return SITEMAP_DOCUMENT;
        }

        @Override
        public boolean inSkeleton() {
            return false;
        }

        @Override
        public String contentType() {
            return "application/xml;charset=utf-8";
        }
    }

    /** {@code /robots.txt}. */
    record Robots() implements Route {
        @Override
        public String path() {
            return ROBOTS;
        }

        @Override
        public String template() {
            return ROBOTS;
        }

        @Override
        public List<Fragment> fragments() {
            return ROBOTS_DOCUMENT;
        }

        @Override
        public boolean inSkeleton() {
            return false;
        }

        @Override
        public String contentType() {
            return "text/plain;charset=utf-8";
        }
    }

    /**
     * {@code /search?q=…}: a search results page (the form alone without a query). Queries are
     * normalised ({@link SearchQuery#parse}), never redirected; {@link #path()} is the normalised spelling.
     */
    record Search(SearchQuery query) implements Route {
        @Override
        public String path() {
            if (query.isEmpty()) {
                return SEARCH;
            }
            StringBuilder path = new StringBuilder(SEARCH).append("?q=").append(encode(query.text()));
            query.topic().ifPresent(slug -> path.append("&topic=").append(slug));
            query.stack().ifPresent(slug -> path.append("&stack=").append(slug));
            query.tag().ifPresent(slug -> path.append("&tag=").append(slug));
            return query.page() == 1 ? path.toString() : path.append("&page=").append(query.page()).toString();
        }

        @Override
        public String template() {
            return SEARCH;
        }

        @Override
        public List<Fragment> fragments() {
            return SEARCH_PAGE;
        }

        @Override
        public boolean spelledAs(String requestedPath) {
            return requestedPath.equals(SEARCH);
        }

        private static String encode(String text) {
            return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    String HTML = "text/html;charset=utf-8";
    String SEARCH = "/search";
    List<Fragment> SEARCH_PAGE = List.of(Fragment.HEAD, Fragment.NAV, Fragment.SEARCH_RESULTS, Fragment.FOOTER);
    String FEED = "/feed.xml";
    String SITEMAP = "/sitemap.xml";
    String SITEMAP_PART = "/sitemap-";
    String ROBOTS = "/robots.txt";
    List<Fragment> FEED_DOCUMENT = List.of(Fragment.FEED);
    List<Fragment> SITEMAP_DOCUMENT = List.of(Fragment.SITEMAP);
    List<Fragment> ROBOTS_DOCUMENT = List.of(Fragment.ROBOTS);
    String POSTS = "/posts/";
    String PAGE = "/page/";
    List<Fragment> POST_PAGE = List.of(Fragment.HEAD, Fragment.NAV, Fragment.ARTICLE, Fragment.POST_NAV, Fragment.POST_META,
            Fragment.SIMILAR_POSTS, Fragment.FOOTER);
    List<Fragment> LISTING_PAGE = List.of(Fragment.HEAD, Fragment.NAV, Fragment.POST_LIST, Fragment.PAGINATION,
            Fragment.FOOTER);

    /** The path prefix of a taxonomy's listings ({@code /tags/}). */
    static String prefix(Taxonomy taxonomy) {
        return switch (taxonomy) {
            case TOPIC -> "/topics/";
            case STACK -> "/stacks/";
            case TAG -> "/tags/";
            case CATEGORY -> "/categories/";
            case TOOL -> throw new IllegalArgumentException("tools have no listing");
        };
    }

    /** Page {@code page} of a listing (the home listing or a term's). */
    static Route of(Listing listing, int page) {
        return listing.taxonomy().<Route>map(taxonomy -> new Term(taxonomy, listing.termSlug(), page))
                .orElseGet(() -> new Home(page));
    }

    /** The listing of a term spelled {@code slug}, first page: meta-box and breadcrumb links. */
    static Route term(Taxonomy taxonomy, String slug) {
        return new Term(taxonomy, slug, 1);
    }

    /**
     * The route a request path names, or empty. A non-canonical path of a route ({@code /page/1},
     * {@code /tags/x/page/1}) parses to the route, whose {@link #path()} then differs: callers redirect.
     */
    static Optional<Route> parse(String path) {
        return parse(path, name -> null);
    }

    /** As {@link #parse(String)}, with the request's query parameters (only search reads them; null = absent). */
    static Optional<Route> parse(String path, java.util.function.Function<String, String> query) {
        if (path.equals("/")) {
            return Optional.of(new Home(1));
        }
        if (path.equals(SEARCH)) {
            String page = query.apply("page");
            return Optional.of(new Search(SearchQuery.parse(query.apply("q"), Optional.ofNullable(query.apply("topic")),
                    Optional.ofNullable(query.apply("stack")), Optional.ofNullable(query.apply("tag")),
                    page == null ? 1 : page(page, 0, page.length()).orElse(1))));
        }
        if (path.equals(FEED)) {
            return Optional.of(new Feed(Listing.HOME));
        }
        if (path.equals(SITEMAP)) {
            return Optional.of(new Sitemap(0));
        }
        if (path.equals(ROBOTS)) {
            return Optional.of(new Robots());
        }
        if (path.startsWith(SITEMAP_PART) && path.endsWith(".xml")) {
            return page(path, SITEMAP_PART.length(), path.length() - ".xml".length()).filter(n -> n <= 50_000)
                    .map(Sitemap::new);
        }
        if (path.startsWith(PAGE)) {
            return page(path, PAGE.length(), path.length()).map(Home::new);
        }
        if (path.startsWith(POSTS)) {
            return isSlug(path, POSTS.length(), path.length())
                    ? Optional.of(new Post(path.substring(POSTS.length()))) : Optional.empty();
        }
        for (Taxonomy taxonomy : Taxonomy.values()) {
            if (!taxonomy.listed() || !path.startsWith(prefix(taxonomy))) {
                continue;
            }
            int from = prefix(taxonomy).length();
            if (path.endsWith(FEED)) {
                int slugEnd = path.length() - FEED.length();
                return isSlug(path, from, slugEnd)
                        ? Optional.of(new Feed(new Listing(Optional.of(taxonomy), path.substring(from, slugEnd))))
                        : Optional.empty();
            }
            int pageAt = path.indexOf(PAGE, from);
            int slugEnd = pageAt < 0 ? path.length() : pageAt;
            if (!isSlug(path, from, slugEnd)) {
                return Optional.empty();
            }
            String slug = path.substring(from, slugEnd);
            if (pageAt < 0) {
                return Optional.of(new Term(taxonomy, slug, 1));
            }
            return page(path, pageAt + PAGE.length(), path.length()).map(page -> new Term(taxonomy, slug, page));
        }
        return Optional.empty();
    }

    /** The files of a Hugo page bundle (not a page): {@code /posts/{slug}/} and the file's path in the bundle folder. */
    String BUNDLE_FILES = POSTS + "{slug}/<file>";

    /** Where the files of the bundle post {@code slug} are served, e.g. {@code /posts/my-post/} + {@code diagram.png}. */
    static String bundleFiles(String slug) {
        return POSTS + slug + "/";
    }

    /** Every page route template, in the order routes are registered. */
    static List<String> templates() {
        List<String> templates = new ArrayList<>(List.of("/", PAGE + "{n}", POSTS + "{slug}", SEARCH, FEED, SITEMAP,
                SITEMAP_PART + "{n}.xml", ROBOTS));
        for (Taxonomy taxonomy : Taxonomy.values()) {
            if (taxonomy.listed()) {
                templates.add(prefix(taxonomy) + "{slug}");
                templates.add(prefix(taxonomy) + "{slug}" + PAGE + "{n}");
                templates.add(prefix(taxonomy) + "{slug}" + FEED);
            }
        }
        return templates;
    }

    /** Whether {@code text[from, to)} is a slug, {@code [a-z0-9-]{1,100}}: the one rule every path uses. */
    static boolean isSlug(String text, int from, int to) {
        if (to - from < 1 || to - from > 100) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** The page number in {@code text[from, to)}, {@code [1-9][0-9]{0,6}}, or empty. */
    private static Optional<Integer> page(String text, int from, int to) {
        if (to - from < 1 || to - from > 7 || text.charAt(from) == '0') {
            return Optional.empty();
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return Optional.empty();
            }
        }
        return Optional.of(Integer.parseInt(text, from, to, 10));
    }

    private static void requirePage(int page) {
        if (page < 1 || page > 9_999_999) {
            throw new IllegalArgumentException("not a page number: " + page + " (expected 1 to 9999999)");
        }
    }
}
