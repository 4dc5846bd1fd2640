package dev.alphanode.generate;

import java.util.List;

/** A problem a post is about; {@code vocabulary} gives its posts words that cluster them. */
record Topic(String name, List<String> tags, List<String> vocabulary) {

    Topic {
        tags = List.copyOf(tags);
        vocabulary = List.copyOf(vocabulary);
    }
}
