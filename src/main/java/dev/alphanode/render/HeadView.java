package dev.alphanode.render;

import java.util.List;

/**
 * What a page's head says about it to browsers, crawlers and link previews: title, description,
 * canonical URL, OpenGraph type and image, JSON-LD (already serialised and safe inside a script
 * element, or null) and the feeds to discover.
 */
public record HeadView(String pageTitle, String description, String canonical, String type, String image, String jsonLd,
                       List<Link> feeds) {
    public HeadView {
        feeds = List.copyOf(feeds);
    }
}
