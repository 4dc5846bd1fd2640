package dev.alphanode.search;

/**
 * The analysed fields a query word is looked for in, with the weight of a match there: a word in
 * the title says most about a post, one in its topic, stack, tools or tags next, then the summary,
 * then the body.
 */
enum SearchField {
    TITLE("title", 8f),
    TAXONOMY("taxonomy", 4f),
    SUMMARY("summary", 2f),
    BODY("body", 1f);

    final String name;
    final float boost;

    SearchField(String name, float boost) {
        this.name = name;
        this.boost = boost;
    }
}
