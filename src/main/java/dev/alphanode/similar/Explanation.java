package dev.alphanode.similar;

import java.util.List;

/**
 * Why a post is on another's similar list: the weighted score parts (they add up to {@code score})
 * and what the two posts share, keywords first ({@code tag/caching}), then text terms by weight.
 */
public record Explanation(String slug, String title, double score, double topic, double stack, double tools,
                          double tags, double text, List<String> sharedTerms) {

    public Explanation {
        sharedTerms = List.copyOf(sharedTerms);
    }
}
