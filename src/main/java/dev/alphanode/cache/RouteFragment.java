package dev.alphanode.cache;

/** One cached fragment of one route, e.g. {@code /posts/x} + {@code similar-posts}. */
public record RouteFragment(String route, String fragment) {
}
