package dev.alphanode.content;

import java.time.LocalDate;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A TOML date-time ({@code 2023-05-06T10:00:00+02:00}, or without an offset): its text in ISO
 * form, shown as written elsewhere, and its calendar date as written (the offset is not applied),
 * which is what a post's {@code date} takes until times are kept.
 */
final class TomlDateTime extends ScalarNode {

    private final LocalDate date;

    TomlDateTime(String text, LocalDate date, Mark mark) {
        super(Tag.TIMESTAMP, text, mark, mark, ScalarStyle.PLAIN);
        this.date = date;
    }

    LocalDate date() {
        return date;
    }
}
