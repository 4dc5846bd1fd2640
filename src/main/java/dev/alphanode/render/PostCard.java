package dev.alphanode.render;

/** One post in a listing or in the similar-posts list. {@code summary} may be null. */
public record PostCard(String slug, String url, String title, String date, String displayDate,
                       String summary, int readingTime) {
}
