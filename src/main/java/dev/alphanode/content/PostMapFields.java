package dev.alphanode.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The map-valued post fields: score, revision, outline, flags and payload. */
final class PostMapFields {

    static final List<String> SCORE_KEYS = List.of("quality", "freshness", "depth", "clarity");
    private static final String SCORE_EXPECTED = "an integer from 0 to 100";
    private static final String KEY_VALUE_LINES = "key: value lines";

    private final FieldReader read;

    PostMapFields(FieldReader read) {
        this.read = read;
    }

    Optional<Object> score(Field field) {
        return read.map(field, "keys " + String.join(", ", SCORE_KEYS)).map(entries -> {
            var score = new LinkedHashMap<String, Object>();
            for (Field entry : present(entries)) {
                if (!SCORE_KEYS.contains(entry.key())) {
                    read.problems().error(entry.line(), "unknown score key " + entry.label()
                            + " (expected one of " + String.join(", ", SCORE_KEYS) + ")");
                    continue;
                }
                read.integer("score " + entry.label(), entry.value(), entry.line(), 0, 100, SCORE_EXPECTED)
                        .ifPresent(value -> score.put(entry.key(), value));
            }
            return score;
        });
    }

    Optional<Object> revision(Field field) {
        return textMap(field, "keys status, version, last_reviewed", Set.of("last_reviewed"));
    }

    Optional<Object> outline(Field field) {
        return textMap(field, "keys context, problem, stack, recommended_action", Set.of());
    }

    Optional<Object> flags(Field field) {
        return read.map(field, KEY_VALUE_LINES).map(entries -> {
            var flags = new LinkedHashMap<String, Object>();
            for (Field entry : present(entries)) {
                read.text(nested(field, entry), entry.value(), entry.line())
                        .ifPresent(text -> flags.put(entry.key(), YamlValues.plain(entry.value(), read.lines())));
            }
            return flags;
        });
    }

    Optional<Object> payload(Field field) {
        return read.map(field, KEY_VALUE_LINES).map(entries -> YamlValues.plain(field.value(), read.lines()));
    }

    /** A map of single values kept as the text written in the file; {@code dateKeys} must hold dates. */
    private Optional<Object> textMap(Field field, String expected, Set<String> dateKeys) {
        return read.map(field, expected).map(entries -> {
            var map = new LinkedHashMap<String, Object>();
            for (Field entry : present(entries)) {
                String label = nested(field, entry);
                read.text(label, entry.value(), entry.line())
                        .filter(text -> !dateKeys.contains(entry.key())
                                || read.calendarDate(label, entry.value(), entry.line()).isPresent())
                        .ifPresent(text -> map.put(entry.key(), text));
            }
            return map;
        });
    }

    static List<Field> present(List<Field> entries) {
        return entries.stream().filter(entry -> !entry.isNull()).toList();
    }

    static String nested(Field parent, Field child) {
        return Nodes.quote(parent.key() + "." + child.key());
    }
}
