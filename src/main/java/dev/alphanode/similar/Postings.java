package dev.alphanode.similar;

/** The posts that hold one term, each with its quantised weight in that post (1 for keywords). */
final class Postings {
    final IntList docs = new IntList();
    final IntList weights = new IntList();

    void add(int doc, int weight) {
        docs.add(doc);
        weights.add(weight);
    }

    void remove(int doc) {
        int i = docs.indexOf(doc);
        docs.swapRemove(i);
        weights.swapRemove(i);
    }
}
