package dev.alphanode.content;

import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** Checks a composed tree: only plain YAML tags, text keys, each key once, no recursive aliases. */
final class YamlTreeCheck {

    private static final Set<Tag> PLAIN_TAGS =
            Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.MAP, Tag.SEQ, Tag.TIMESTAMP);
    private static final String STANDARD_PREFIX = "tag:yaml.org,2002:";

    private final LineMap lines;
    private final Problems problems;
    private final Set<Node> checked = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Node> enclosing = Collections.newSetFromMap(new IdentityHashMap<>());
    private boolean recursive;

    YamlTreeCheck(LineMap lines, Problems problems) {
        this.lines = lines;
        this.problems = problems;
    }

    /** False when the tree contains itself through an alias, so it must not be walked further. */
    boolean check(Node root) {
        visit(root, lines.line(root));
        return !recursive;
    }

    /** {@code line} is where the node is used: an alias has no mark of its own, only its target's. */
    private void visit(Node node, int line) {
        if (enclosing.contains(node)) {
            recursive = true;
            problems.error(line, "recursive YAML alias (expected plain YAML values)");
            return;
        }
        if (!checked.add(node)) {
            return;
        }
        checkTag(node);
        enclosing.add(node);
        if (node instanceof SequenceNode list) {
            list.getValue().forEach(item -> visit(item, line));
        } else if (node instanceof MappingNode map) {
            visitMap(map);
        }
        enclosing.remove(node);
    }

    private void visitMap(MappingNode map) {
        var keys = new HashSet<String>();
        for (NodeTuple tuple : map.getValue()) {
            Node key = tuple.getKeyNode();
            int keyLine = lines.line(key);
            visit(key, keyLine);
            if (!(key instanceof ScalarNode scalar)) {
                problems.error(keyLine, "map key must be text, got " + Nodes.kind(key)
                        + " (expected key: value lines)");
            } else if (!keys.add(scalar.getValue())) {
                problems.error(keyLine, "duplicate key " + Nodes.quote(scalar.getValue())
                        + " (expected each key once)");
            }
            visit(tuple.getValueNode(), keyLine);
        }
    }

    private void checkTag(Node node) {
        Tag tag = node.getTag();
        if (PLAIN_TAGS.contains(tag)) {
            return;
        }
        if (Tag.MERGE.equals(tag)) {
            problems.error(lines.line(node), "merge key '<<' is not supported (expected plain YAML values)");
            return;
        }
        problems.error(lines.line(node),
                "unsupported YAML tag " + Nodes.quote(shortName(tag)) + " (expected plain YAML values)");
    }

    private static String shortName(Tag tag) {
        String value = tag.getValue();
        return value.startsWith(STANDARD_PREFIX) ? "!!" + value.substring(STANDARD_PREFIX.length()) : value;
    }
}
