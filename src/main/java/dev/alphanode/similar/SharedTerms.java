package dev.alphanode.similar;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** What two indexed posts have in common, for {@link Explanation}: kept keywords, then text terms by contribution. */
final class SharedTerms {
    private final Doc a;
    private final Doc b;
    private final Vocabulary texts;
    private final Vocabulary keywords;

    SharedTerms(Doc a, Doc b, Vocabulary texts, Vocabulary keywords) {
        this.a = a;
        this.b = b;
        this.texts = texts;
        this.keywords = keywords;
    }

    List<String> list(int limit) {
        List<String> shared = new ArrayList<>();
        for (int keyword : a.keywords()) {
            if (Arrays.binarySearch(b.keywords(), keyword) >= 0) {
                shared.add(keywords.term(keyword));
            }
        }
        shared.sort(Comparator.naturalOrder());
        shared.addAll(textTerms());
        return shared.subList(0, Math.min(limit, shared.size()));
    }

    private record Contribution(String term, long product) {
    }

    private List<String> textTerms() {
        List<Contribution> contributions = new ArrayList<>();
        for (int i = 0; i < a.terms().length; i++) {
            int j = Arrays.binarySearch(b.terms(), a.terms()[i]);
            if (j >= 0) {
                contributions.add(new Contribution(texts.term(a.terms()[i]),
                        (long) a.termWeights()[i] * b.termWeights()[j]));
            }
        }
        contributions.sort(Comparator.comparingLong(Contribution::product).reversed()
                .thenComparing(Contribution::term));
        return contributions.stream().map(Contribution::term).toList();
    }
}
