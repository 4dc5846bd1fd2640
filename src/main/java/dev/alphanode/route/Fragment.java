package dev.alphanode.route;

/**
 * The fragments pages are made of: each is rendered alone from its template ({@code templates/NAME.html},
 * {@code th:fragment="ID"}), cached under its route and id, and purged by id. The one spelling of
 * fragment names for pages, the renderer and invalidation.
 */
public enum Fragment {
    HEAD("layout", "head"),
    NAV("layout", "nav"),
    ARTICLE("post", "article"),
    POST_NAV("post", "post-nav"),
    POST_META("post", "post-meta"),
    SIMILAR_POSTS("post", "similar-posts"),
    POST_LIST("list", "post-list"),
    PAGINATION("list", "pagination"),
    SEARCH_RESULTS("search", "search-results"),
    FOOTER("layout", "footer"),
    /** Whole documents, written by the discovery writers rather than a template. */
    FEED("atom", "feed"),
    SITEMAP("sitemap", "sitemap"),
    ROBOTS("robots", "robots");

    /** The fragments the page skeleton places itself ({@code layout.html}); the rest go inside {@code <main>}. */
    public static final java.util.Set<Fragment> SKELETON_SLOTS = java.util.EnumSet.of(HEAD, NAV, FOOTER);

    private final String template;
    private final String id;

    Fragment(String template, String id) {
        this.template = template;
        this.id = id;
    }

    /** The template file that holds it ({@code templates/NAME.html}). */
    public String template() {
        return template;
    }

    /** Its name in the template, in cache keys and in purges ({@code similar-posts}). */
    public String id() {
        return id;
    }
}
