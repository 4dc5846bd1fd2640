package dev.alphanode.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Turns checked YAML nodes into plain values: String, Long, Double, Boolean, List&lt;Object&gt; and
 * LinkedHashMap&lt;String, Object&gt;. Null values are left out, as if the key or item were absent.
 */
final class YamlValues {

    private static final Pattern DECIMAL_INTEGER = Pattern.compile("[-+]?[0-9][0-9_]*");
    private static final Pattern DECIMAL_NUMBER =
            Pattern.compile("[-+]?([0-9][0-9_]*)?\\.?[0-9_]*([eE][-+]?[0-9]+)?");
    private static final Set<String> TRUE_WORDS = Set.of("true", "yes", "on");

    private YamlValues() {
    }

    /** The plain value of any node, or null for a YAML null. */
    static Object plain(Node node, LineMap lines) {
        if (node instanceof SequenceNode list) {
            return plainList(list, lines);
        }
        if (node instanceof MappingNode map) {
            return plainMap(map, lines);
        }
        return plainScalar((ScalarNode) node);
    }

    static Optional<Long> wholeNumber(Node node) {
        if (!(node instanceof ScalarNode scalar) || !Tag.INT.equals(scalar.getTag())
                || !DECIMAL_INTEGER.matcher(scalar.getValue()).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(scalar.getValue().replace("_", "")));
        } catch (NumberFormatException tooBig) {
            return Optional.empty();
        }
    }

    /** A finite decimal number written as a YAML int or float. */
    static Optional<Double> number(Node node) {
        if (!(node instanceof ScalarNode scalar) || !isNumberTag(scalar.getTag())
                || !DECIMAL_NUMBER.matcher(scalar.getValue()).matches()) {
            return Optional.empty();
        }
        try {
            double value = Double.parseDouble(scalar.getValue().replace("_", ""));
            return Double.isFinite(value) ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    static Optional<Boolean> bool(Node node) {
        if (!(node instanceof ScalarNode scalar) || !Tag.BOOL.equals(scalar.getTag())) {
            return Optional.empty();
        }
        return Optional.of(TRUE_WORDS.contains(scalar.getValue().toLowerCase(Locale.ROOT)));
    }

    private static Object plainScalar(ScalarNode scalar) {
        Tag tag = scalar.getTag();
        if (Tag.NULL.equals(tag)) {
            return null;
        }
        if (Tag.BOOL.equals(tag)) {
            return bool(scalar).orElseThrow();
        }
        if (Tag.INT.equals(tag)) {
            return wholeNumber(scalar).<Object>map(n -> n).orElse(scalar.getValue());
        }
        if (Tag.FLOAT.equals(tag)) {
            return number(scalar).<Object>map(n -> n).orElse(scalar.getValue());
        }
        return scalar.getValue();
    }

    private static List<Object> plainList(SequenceNode list, LineMap lines) {
        var values = new ArrayList<Object>();
        for (Node item : list.getValue()) {
            Object value = plain(item, lines);
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    private static LinkedHashMap<String, Object> plainMap(MappingNode map, LineMap lines) {
        var values = new LinkedHashMap<String, Object>();
        for (Field field : Nodes.fields(map, lines)) {
            Object value = plain(field.value(), lines);
            if (value != null) {
                values.put(field.key(), value);
            }
        }
        return values;
    }

    private static boolean isNumberTag(Tag tag) {
        return Tag.INT.equals(tag) || Tag.FLOAT.equals(tag);
    }
}
