package dev.alphanode.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** Small questions about composed YAML nodes, and how to name them in messages. */
final class Nodes {

    private static final int MAX_QUOTED_LENGTH = 80;

    private Nodes() {
    }

    static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar && Tag.NULL.equals(scalar.getTag());
    }

    static boolean isScalar(Node node) {
        return node instanceof ScalarNode;
    }

    static String text(Node node) {
        return ((ScalarNode) node).getValue();
    }

    /** "a list", "a map" or the quoted scalar, for "got …" in messages. */
    static String describe(Node node) {
        return node instanceof ScalarNode scalar ? quote(scalar.getValue()) : kind(node);
    }

    /** "a list", "a map" or "text", for "got …" where a collection was expected. */
    static String kind(Node node) {
        if (node instanceof SequenceNode) {
            return "a list";
        }
        return node instanceof MappingNode ? "a map" : "text";
    }

    /** Single-quoted, on one line and cut short, so a problem always fits on one output line. */
    static String quote(String value) {
        var oneLine = new StringBuilder();
        value.codePoints().forEach(c -> oneLine.append(printable(c)));
        boolean tooLong = oneLine.length() > MAX_QUOTED_LENGTH;
        return "'" + (tooLong ? oneLine.substring(0, MAX_QUOTED_LENGTH) + "…" : oneLine) + "'";
    }

    private static String printable(int codePoint) {
        if (codePoint == '\n') {
            return "\\n";
        }
        return Character.isISOControl(codePoint) ? "?" : Character.toString(codePoint);
    }

    /** The first entry of each text key, in file order; other keys were reported by {@link YamlTreeCheck}. */
    static List<Field> fields(MappingNode map, LineMap lines) {
        var seen = new HashSet<String>();
        var fields = new ArrayList<Field>();
        for (NodeTuple tuple : map.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key && seen.add(key.getValue())) {
                fields.add(new Field(key.getValue(), lines.line(key), tuple.getValueNode()));
            }
        }
        return fields;
    }
}
