package dev.alphanode.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The page skeleton of {@code layout.html} (everything outside its fragment definitions), rendered
 * once with a marker in each slot and kept as text pieces, so a page is assembled by concatenation:
 * a theme author edits the skeleton in the template, and serving a cached page runs no template.
 */
final class Skeleton {
    enum Slot { HEAD, NAV, MAIN, FOOTER }

    private static final String MARK = "\u0001slot:";

    private final List<String> texts;
    private final List<Slot> slots;

    private Skeleton(List<String> texts, List<Slot> slots) {
        this.texts = texts;
        this.slots = slots;
    }

    static Skeleton of(Templates templates) {
        Map<String, Object> markers = Map.of("head", MARK + "HEAD\u0001", "nav", MARK + "NAV\u0001",
                "main", MARK + "MAIN\u0001", "footer", MARK + "FOOTER\u0001");
        return parse(templates.whole("layout", markers));
    }

    static Skeleton parse(String rendered) {
        List<String> texts = new ArrayList<>();
        List<Slot> slots = new ArrayList<>();
        int from = 0;
        for (int at = rendered.indexOf(MARK); at >= 0; at = rendered.indexOf(MARK, from)) {
            int end = rendered.indexOf('\u0001', at + MARK.length());
            texts.add(rendered.substring(from, at));
            slots.add(Slot.valueOf(rendered.substring(at + MARK.length(), end)));
            from = end + 1;
        }
        texts.add(rendered.substring(from));
        for (Slot slot : Slot.values()) {
            long uses = slots.stream().filter(slot::equals).count();
            if (uses != 1) {
                throw new IllegalStateException("templates/layout.html: the page skeleton uses [(${"
                        + slot.name().toLowerCase(java.util.Locale.ROOT) + "})] " + uses
                        + " times (expected exactly once; it is where that part of every page goes)");
            }
        }
        return new Skeleton(List.copyOf(texts), List.copyOf(slots));
    }

    /** The page: each main fragment is followed by a line break inside the main slot. */
    String fill(String head, String nav, List<String> main, String footer) {
        int size = texts.stream().mapToInt(String::length).sum() + head.length() + nav.length() + footer.length();
        for (String fragment : main) {
            size += fragment.length() + 1;
        }
        StringBuilder html = new StringBuilder(size);
        for (int i = 0; i < slots.size(); i++) {
            html.append(texts.get(i));
            switch (slots.get(i)) {
                case HEAD -> html.append(head);
                case NAV -> html.append(nav);
                case FOOTER -> html.append(footer);
                case MAIN -> main.forEach(fragment -> html.append(fragment).append('\n'));
            }
        }
        return html.append(texts.get(texts.size() - 1)).toString();
    }
}
