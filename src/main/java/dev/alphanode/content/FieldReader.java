package dev.alphanode.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Typed reads of YAML values. Each read returns the value, or records a problem and returns empty.
 * {@code label} names the value in messages, already quoted: {@code 'tags'}, {@code score 'depth'}.
 */
final class FieldReader {

    private static final String LIST_EXPECTED = "a YAML list, e.g. [a, b]";

    private final Problems problems;
    private final LineMap lines;

    FieldReader(Problems problems, LineMap lines) {
        this.problems = problems;
        this.lines = lines;
    }

    Problems problems() {
        return problems;
    }

    LineMap lines() {
        return lines;
    }

    Optional<String> text(Field field) {
        return text(field.label(), field.value(), field.line());
    }

    Optional<String> text(String label, Node node, int line) {
        if (Nodes.isScalar(node)) {
            return Optional.of(Nodes.text(node));
        }
        return fail(line, label + " must be text, got " + Nodes.kind(node) + " (expected a single value)");
    }

    Optional<String> nonEmptyText(String label, Node node, int line) {
        if (Nodes.isScalar(node) && !Nodes.isNull(node) && !Nodes.text(node).isBlank()) {
            return Optional.of(Nodes.text(node));
        }
        String got = Nodes.isNull(node) ? "''" : Nodes.describe(node);
        return fail(line, label + " must be a non-empty string, got " + got + " (expected a non-empty string)");
    }

    Optional<Long> integer(String label, Node node, int line, long min, long max, String expected) {
        Optional<Long> number = YamlValues.wholeNumber(node);
        if (number.isEmpty()) {
            return fail(line, label + " must be an integer, got " + Nodes.describe(node) + " (expected " + expected + ")");
        }
        if (number.get() < min || number.get() > max) {
            return fail(line, label + " is " + number.get() + " (expected " + expected + ")");
        }
        return number;
    }

    Optional<Double> number(String label, Node node, int line, double min, double max, String expected) {
        Optional<Double> number = YamlValues.number(node);
        if (number.isEmpty()) {
            return fail(line, label + " must be a number, got " + Nodes.describe(node) + " (expected " + expected + ")");
        }
        if (number.get() < min || number.get() > max) {
            return fail(line, label + " is " + Nodes.text(node) + " (expected " + expected + ")");
        }
        return number;
    }

    Optional<Boolean> bool(Field field) {
        Optional<Boolean> value = YamlValues.bool(field.value());
        if (value.isEmpty()) {
            return fail(field.line(), field.label() + " must be true or false, got " + Nodes.describe(field.value())
                    + " (expected true or false)");
        }
        return value;
    }

    /** A plain {@code YYYY-MM-DD} (a {@code revision.last_reviewed}): no time. */
    Optional<java.time.LocalDate> calendarDate(String label, Node node, int line) {
        String expected = "a real calendar date YYYY-MM-DD";
        if (!Nodes.isScalar(node)) {
            return fail(line, label + " must be a date, got " + Nodes.kind(node) + " (expected " + expected + ")");
        }
        String text = Nodes.isNull(node) ? "" : Nodes.text(node);
        Optional<java.time.LocalDate> date = Dates.calendarDate(text);
        if (date.isEmpty()) {
            return fail(line, "invalid date " + Nodes.quote(text) + " for " + label + " (expected " + expected + ")");
        }
        return date;
    }

    Optional<PostDate> date(String label, Node node, int line) {
        return date(label, node, line, true);
    }

    /** A date, or empty; a bad one is an error, or a warning when {@code required} is false (the field is then ignored). */
    Optional<PostDate> date(String label, Node node, int line, boolean required) {
        String problem;
        if (!Nodes.isScalar(node)) {
            problem = label + " must be a date, got " + Nodes.kind(node);
        } else {
            String text = Nodes.isNull(node) ? "" : Nodes.text(node);
            Optional<PostDate> date = Dates.parse(text);
            if (date.isPresent()) {
                return date;
            }
            problem = "invalid date " + Nodes.quote(text) + " for " + label;
        }
        String expected = " (expected " + Dates.EXPECTED + ")";
        if (required) {
            return fail(line, problem + expected);
        }
        problems.warning(line, problem + ", ignored: the post's date stands for it" + expected);
        return Optional.empty();
    }

    Optional<List<Node>> list(Field field) {
        if (field.value() instanceof SequenceNode list) {
            return Optional.of(list.getValue());
        }
        return fail(field.line(), field.label() + " must be a list, got " + Nodes.kind(field.value())
                + " (expected " + LIST_EXPECTED + ")");
    }

    /** The list, refused at its key when it has more than {@code maxItems} items. */
    Optional<List<Node>> list(Field field, int maxItems) {
        return list(field).filter(items -> {
            if (items.size() > maxItems) {
                problems.error(field.line(), ContentLimits.tooMany(field.label(), items.size(), maxItems));
            }
            return items.size() <= maxItems;
        });
    }

    /** The text, refused at {@code line} when it is longer than {@code maxChars}. */
    Optional<String> withinLength(String label, String text, int line, int maxChars) {
        if (text.length() > maxChars) {
            return fail(line, ContentLimits.tooLong(label, text.length(), maxChars));
        }
        return Optional.of(text);
    }

    Optional<List<Field>> map(Field field, String expected) {
        if (field.value() instanceof MappingNode map) {
            return Optional.of(Nodes.fields(map, lines));
        }
        return fail(field.line(), field.label() + " must be a map, got " + Nodes.kind(field.value())
                + " (expected " + expected + ")");
    }

    /** A list of at most {@code maxItems} single values as text of at most {@code maxChars}; empty items are left out. */
    Optional<List<String>> textList(Field field, int maxItems, int maxChars) {
        return list(field, maxItems).map(items -> {
            var texts = new ArrayList<String>();
            String label = field.label() + " item";
            for (Node item : items) {
                int line = lines.line(item);
                if (!Nodes.isNull(item)) {
                    text(label, item, line).flatMap(text -> withinLength(label, text, line, maxChars)).ifPresent(texts::add);
                }
            }
            return texts;
        });
    }

    /** A single value's space-separated words as a list of at most {@code maxItems} words of at most {@code maxChars}. */
    Optional<List<String>> words(Field field, int maxItems, int maxChars) {
        String text = Nodes.text(field.value()).strip();
        List<String> words = text.isEmpty() ? List.of() : List.of(text.split("\\s+"));
        if (words.size() > maxItems) {
            return fail(field.line(), ContentLimits.tooMany(field.label(), words.size(), maxItems));
        }
        String label = field.label() + " item";
        for (String word : words) {
            if (withinLength(label, word, field.line(), maxChars).isEmpty()) {
                return Optional.empty();
            }
        }
        return Optional.of(words);
    }

    private <T> Optional<T> fail(int line, String message) {
        problems.error(line, message);
        return Optional.empty();
    }
}
