package dev.alphanode.generate;

import java.util.List;

/** The seeds' paragraph pool. Placeholders are filled by {@link Subject#fill}. */
record Prose(List<String> intros, List<Paragraph> paragraphs, String stackSuffix, String houseSuffix,
             String finalNote) {

    record Paragraph(Section section, String text) {
    }

    Prose {
        if (intros.isEmpty()) {
            throw new IllegalArgumentException(Words.RESOURCE + ": 'prose.intros' is empty (expected at least one item)");
        }
        intros = List.copyOf(intros);
        paragraphs = List.copyOf(paragraphs);
    }
}
