package dev.alphanode.search;

import java.util.Optional;

/** The taxonomies a search can be narrowed to; values are slugs, as in {@code /topics/{slug}}. */
enum Facet {
    TOPIC("topic_slug"),
    STACK("stack_slug"),
    TAG("tag_slug");

    final String field;

    Facet(String field) {
        this.field = field;
    }

    Optional<String> of(SearchQuery query) {
        return switch (this) {
            case TOPIC -> query.topic();
            case STACK -> query.stack();
            case TAG -> query.tag();
        };
    }
}
