package dev.alphanode.render;

/** Where a listing page sits: 1-based page, total pages, and neighbour links (null at the ends). */
public record Pagination(int page, int totalPages, String prevUrl, String nextUrl) {
}
