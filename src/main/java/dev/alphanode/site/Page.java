package dev.alphanode.site;

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
public final class Page {
    public static final String HEAD = "head";
    public static final String NAV = "nav";
    public static final String FOOTER = "footer";

    private final String route;
    private final List<String> main;
    private final Supplier<Optional<Map<String, Supplier<String>>>> loader;
    private Optional<Map<String, Supplier<String>>> fragments;

    Page(String route, List<String> main, Supplier<Optional<Map<String, Supplier<String>>>> loader) {
        this.route = route;
        this.main = List.copyOf(main);
        this.loader = loader;
    }

    public String route() {
        return route;
    }

    /** Every fragment of the page in document order: head, nav, the main fragments, footer. */
    public List<String> fragmentNames() {
        List<String> names = new ArrayList<>();
        names.add(HEAD);
        names.add(NAV);
        names.addAll(main);
        names.add(FOOTER);
        return names;
    }

    public boolean exists() {
        return load().isPresent();
    }

    public String render(String fragment) {
        Supplier<String> renderer = load().orElseThrow(() -> new IllegalStateException("no page at " + route))
                .get(fragment);
        if (renderer == null) {
            throw new IllegalArgumentException("page " + route + " has no fragment " + fragment);
        }
        return renderer.get();
    }

    /** The whole page from already rendered fragments, keyed by name. */
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
