package dev.alphanode.generate;

import dev.alphanode.content.Slugs;

import java.util.List;

/** A technology stack: where posts live ({@code slug} folder) and what they mention. */
record TechStack(String name, String area, String codeLanguage, List<String> tools,
                 List<String> tags, List<String> vocabulary, List<Snippet> snippets) {

    TechStack {
        tools = List.copyOf(tools);
        tags = List.copyOf(tags);
        vocabulary = List.copyOf(vocabulary);
        snippets = List.copyOf(snippets);
    }

    String slug() {
        return Slugs.slugify(name);
    }
}
