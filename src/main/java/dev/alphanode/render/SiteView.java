package dev.alphanode.render;

import java.util.List;

/** What every page shows of the site: name, description and navigation links. */
public record SiteView(String title, String description, List<Link> nav) {
    public SiteView {
        nav = List.copyOf(nav);
    }
}
