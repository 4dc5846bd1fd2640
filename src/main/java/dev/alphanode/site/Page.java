package dev.alphanode.site;

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
    public static final String HEAD = "head";
    public static final String NAV = "nav";
    public static final String FOOTER = "footer";

    private final String route;
    private final List<String> main;
    private final PageStats stats;
    private final Supplier<Optional<Map<String, Supplier<String>>>> loader;
    private Optional<Map<String, Supplier<String>>> fragments;

    Page(String route, List<String> main, PageStats stats, Supplier<Optional<Map<String, Supplier<String>>>> loader) {
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

    static List<String> fragmentNames(List<String> main) {
        List<String> names = new ArrayList<>();
        names.add(HEAD);
        names.add(NAV);
        names.addAll(main);
        names.add(FOOTER);
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
        return PageRenderer.assemble(rendered.get(HEAD), rendered.get(NAV),
                main.stream().map(rendered::get).toList(), rendered.get(FOOTER));
    }

    public String html() {
        Map<String, String> rendered = new java.util.HashMap<>();
        for (String name : fragmentNames()) {
            rendered.put(name, render(name));
        }
        return assemble(rendered);
    }

    private Optional<Map<String, Supplier<String>>> load() {
        if (fragments == null) {
            fragments = loader.get();
        }
        return fragments;
    }
}
