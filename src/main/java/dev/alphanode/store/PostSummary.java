package dev.alphanode.store;

import java.time.LocalDate;
import java.util.Optional;

/** What a listing needs of a post, without its body. */
public record PostSummary(String slug, String title, LocalDate date, Optional<String> summary, int readingTime) {
}
