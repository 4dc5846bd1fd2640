package dev.alphanode.similar;

import java.util.Set;

/** Common English words (and contraction stems) that say nothing about what a post is about. */
final class StopWords {
    private static final Set<String> WORDS = Set.of(
            "about", "above", "after", "again", "against", "all", "also", "and", "any", "are", "aren", "because",
            "been", "before", "being", "below", "between", "both", "but", "can", "cannot", "could", "couldn", "did",
            "didn", "does", "doesn", "doing", "don", "down", "during", "each", "else", "even", "every", "few", "for",
            "from", "further", "had", "hadn", "has", "hasn", "have", "haven", "having", "her", "here", "hers",
            "herself", "him", "himself", "his", "how", "however", "into", "isn", "its", "itself", "just", "less",
            "let", "like", "many", "may", "might", "more", "most", "much", "must", "mustn", "myself", "nbsp", "need",
            "needs", "nor", "not", "now", "off", "once", "one", "only", "other", "others", "ought", "our", "ours",
            "ourselves", "out", "over", "own", "quot", "same", "shall", "shan", "she", "should", "shouldn", "since",
            "some", "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there",
            "these", "they", "this", "those", "through", "too", "under", "until", "upon", "use", "used", "uses",
            "using", "very", "via", "was", "wasn", "way", "we", "were", "weren", "what", "when", "where", "whether",
            "which", "while", "who", "whom", "whose", "why", "will", "with", "within", "without", "won", "would",
            "wouldn", "yet", "you", "your", "yours", "yourself", "yourselves", "amp");

    private StopWords() {
    }

    static boolean contains(String word) {
        return WORDS.contains(word);
    }
}
