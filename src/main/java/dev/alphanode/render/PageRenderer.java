package dev.alphanode.render;

import dev.alphanode.route.Fragment;
import java.util.List;
import java.util.Map;

/**
 * Renders the named fragments of every page from view values, and assembles a page from
 * rendered fragments. Pure: the same values always give the same bytes.
 */
public final class PageRenderer {
    private final Templates templates;
    private final Skeleton skeleton;

    public PageRenderer(Templates templates) {
        this.templates = templates;
        this.skeleton = Skeleton.of(templates);
    }

    public String head(SiteView site, HeadView head) {
        return fragment(Fragment.HEAD, Map.of("site", site, "head", head));
    }

    public String nav(SiteView site) {
        return fragment(Fragment.NAV, Map.of("site", site));
    }

    public String footer(SiteView site) {
        return fragment(Fragment.FOOTER, Map.of("site", site));
    }

    public String article(PostView post) {
        return fragment(Fragment.ARTICLE, Map.of("post", post));
    }

    public String postNav(PostNav nav) {
        return fragment(Fragment.POST_NAV, Map.of("nav", nav));
    }

    public String postMeta(List<MetaEntry> meta) {
        return fragment(Fragment.POST_META, Map.of("meta", meta.stream().map(MetaRow::of).toList()));
    }

    public String similarPosts(List<PostCard> similar) {
        return fragment(Fragment.SIMILAR_POSTS, Map.of("similar", similar));
    }

    public String postList(String heading, List<PostCard> posts) {
        return fragment(Fragment.POST_LIST, Map.of("heading", heading, "posts", posts));
    }

    public String pagination(Pagination pagination) {
        return fragment(Fragment.PAGINATION, Map.of("pagination", pagination));
    }

    public String searchResults(SearchView search) {
        return fragment(Fragment.SEARCH_RESULTS, Map.of("search", search));
    }

    private String fragment(Fragment fragment, Map<String, Object> variables) {
        return templates.fragment(fragment.template(), fragment.id(), variables);
    }

    public String error(int status, String title, String message) {
        return templates.fragment("error", "error", Map.of("status", status, "title", title, "message", message));
    }

    public String adminContent(Object status) {
        return templates.fragment("admin", "admin-content", Map.of("status", status));
    }

    /** A page from its rendered fragments (keyed by id), in the skeleton: head, nav, the others in order, footer. */
    public String assemble(List<Fragment> fragments, Map<String, String> rendered) {
        List<String> main = new java.util.ArrayList<>(fragments.size());
        for (Fragment fragment : fragments) {
            if (!Fragment.SKELETON_SLOTS.contains(fragment)) {
                main.add(rendered.get(fragment.id()));
            }
        }
        return assemble(rendered.get(Fragment.HEAD.id()), rendered.get(Fragment.NAV.id()), main,
                rendered.get(Fragment.FOOTER.id()));
    }

    /** A page in the skeleton of {@code layout.html}: head, nav, the main fragments in order, footer. */
    public String assemble(String head, String nav, List<String> main, String footer) {
        return skeleton.fill(head, nav, main, footer);
    }
}
