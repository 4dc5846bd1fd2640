package dev.alphanode.store;

import dev.alphanode.content.PostDate;
import java.util.Optional;

/** What a listing needs of a post, without its body. */
public record PostSummary(String slug, String title, PostDate date, Optional<String> summary, int readingTime) {
}
