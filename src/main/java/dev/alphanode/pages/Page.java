package dev.alphanode.pages;

import dev.alphanode.route.Fragment;
import dev.alphanode.route.Route;
import dev.alphanode.cache.CacheablePage;
import dev.alphanode.render.PageRenderer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One route's page as named fragments. The data behind them is loaded at most once, and only
 * when a fragment is rendered or existence is asked — so a cache can serve fragments without it.
 * One request owns a Page; it is not shared between threads.
 */
public final class Page implements CacheablePage {

    private final Route route;
    private final String key;
    private final PageRenderer renderer;
    private final PageStats stats;
    private final Supplier<Optional<Map<String, Supplier<String>>>> loader;
    private Optional<Map<String, Supplier<String>>> fragments;

    Page(Route route, PageRenderer renderer, PageStats stats, Supplier<Optional<Map<String, Supplier<String>>>> loader) {
        this(route, route.path(), renderer, stats, loader);
    }

    /** A page cached under {@code key} rather than its path (search: the path and the published content it searched). */
    Page(Route route, String key, PageRenderer renderer, PageStats stats,
         Supplier<Optional<Map<String, Supplier<String>>>> loader) {
        this.route = route;
        this.key = key;
        this.renderer = renderer;
        this.stats = stats;
        this.loader = loader;
    }

    public PageStats stats() {
        return stats;
    }

    @Override
    public String route() {
        return key;
    }

    /** Every fragment of the page in document order. */
    @Override
    public List<String> fragmentNames() {
        return route.fragments().stream().map(Fragment::id).toList();
    }

    @Override
    public boolean exists() {
        return load().isPresent();
    }

    @Override
    public String render(String fragment) {
        Supplier<String> renderer = load().orElseThrow(() -> new IllegalStateException("no page at " + route))
                .get(fragment);
        if (renderer == null) {
            throw new IllegalArgumentException("page " + route + " has no fragment " + fragment);
        }
        long start = System.nanoTime();
        long dbBefore = stats.dbNanos();
        try {
            return renderer.get();
        } finally {
            stats.rendered(System.nanoTime() - start, stats.dbNanos() - dbBefore);
        }
    }

    /** The whole page from already rendered fragments, keyed by name. */
    @Override
    public String assemble(Map<String, String> rendered) {
        return route.inSkeleton() ? renderer.assemble(route.fragments(), rendered)
                : rendered.get(route.fragments().get(0).id());
    }

    private Optional<Map<String, Supplier<String>>> load() {
        if (fragments == null) {
            fragments = loader.get();
        }
        return fragments;
    }
}
