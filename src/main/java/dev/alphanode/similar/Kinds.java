package dev.alphanode.similar;

import dev.alphanode.store.Taxonomy;

/** The taxonomy kinds scored as keywords, by index; keys are {@code kind/term-slug} as in {@code post_term}. */
final class Kinds {
    static final int TOPIC = 0;
    static final int STACK = 1;
    static final int TOOL = 2;
    static final int TAG = 3;
    static final int COUNT = 4;

    private static final Taxonomy[] ORDER = {Taxonomy.TOPIC, Taxonomy.STACK, Taxonomy.TOOL, Taxonomy.TAG};

    private Kinds() {
    }

    static String key(String kindColumn, String termSlug) {
        return kindColumn + "/" + termSlug;
    }

    /** The kind index of a keyword key, or -1 for an unknown kind. */
    static int of(String key) {
        String column = key.substring(0, key.indexOf('/'));
        for (int kind = 0; kind < COUNT; kind++) {
            if (ORDER[kind].column().equals(column)) {
                return kind;
            }
        }
        return -1;
    }
}
