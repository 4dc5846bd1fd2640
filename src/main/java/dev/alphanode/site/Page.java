package dev.alphanode.site;

import dev.alphanode.route.Fragment;
import dev.alphanode.cache.CacheablePage;
import dev.alphanode.render.PageRenderer;
import java.util.ArrayList;
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

    private final String route;
    private final List<Fragment> main;
    private final PageStats stats;
    private final Supplier<Optional<Map<String, Supplier<String>>>> loader;
    private Optional<Map<String, Supplier<String>>> fragments;

    Page(String route, List<Fragment> main, PageStats stats, Supplier<Optional<Map<String, Supplier<String>>>> loader) {
        this.route = route;
        this.main = List.copyOf(main);
        this.stats = stats;
        this.loader = loader;
    }

    public PageStats stats() {
        return stats;
    }

    @Override
    public String route() {
        return route;
    }

    /** Every fragment of the page in document order: head, nav, the main fragments, footer. */
    @Override
    public List<String> fragmentNames() {
        return fragmentNames(main);
    }

    static List<String> fragmentNames(List<Fragment> main) {
        List<String> names = new ArrayList<>();
        names.add(Fragment.HEAD.id());
        names.add(Fragment.NAV.id());
        main.forEach(fragment -> names.add(fragment.id()));
        names.add(Fragment.FOOTER.id());
        return names;
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
        return PageRenderer.assemble(rendered.get(Fragment.HEAD.id()), rendered.get(Fragment.NAV.id()),
                main.stream().map(fragment -> rendered.get(fragment.id())).toList(), rendered.get(Fragment.FOOTER.id()));
    }

    private Optional<Map<String, Supplier<String>>> load() {
        if (fragments == null) {
            fragments = loader.get();
        }
        return fragments;
    }
}
