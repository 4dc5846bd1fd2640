package dev.alphanode.render;

/** A link as templates show it: visible text and an href the site built (never raw content). */
public record Link(String text, String href) {
}
