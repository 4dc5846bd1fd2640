package dev.alphanode.render;

/** One row of the post meta box as the {@code post-meta} fragment writes it: its label and its value's markup ({@link MetaHtml}). */
public record MetaRow(String label, String html) {
    static MetaRow of(MetaEntry entry) {
        return new MetaRow(entry.label(), MetaHtml.of(entry.value()));
    }
}
