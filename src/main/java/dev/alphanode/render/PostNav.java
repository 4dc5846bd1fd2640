package dev.alphanode.render;

/** The previous/next links of a post page: the next newer and the next older published post, either null at an end. */
public record PostNav(Link newer, Link older) {
}
