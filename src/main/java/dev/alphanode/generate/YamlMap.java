package dev.alphanode.generate;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.DumperOptions.FlowStyle;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.emitter.Emitter;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;
import org.yaml.snakeyaml.serializer.Serializer;

/**
 * A YAML mapping in the seeds' layout, written by SnakeYAML: keys in insertion order, text double-quoted,
 * dates, numbers and bare words plain, lists of text in flow style, nested maps as blocks and rows of a
 * list as flow maps, no line ever wrapped.
 */
final class YamlMap {
    private static final Resolver RESOLVER = new Resolver();
    private static final DumperOptions OPTIONS = options();

    private final List<NodeTuple> entries = new ArrayList<>();

    YamlMap quoted(String key, String text) {
        return put(key, quoted(text));
    }

    /** {@code value} as written, unquoted; SnakeYAML quotes it after all if it would not read back as itself. */
    YamlMap plain(String key, Object value) {
        String text = String.valueOf(value);
        return put(key, new ScalarNode(RESOLVER.resolve(NodeId.scalar, text, true), text, null, null, ScalarStyle.PLAIN));
    }

    YamlMap list(String key, List<String> items) {
        return put(key, new SequenceNode(Tag.SEQ, items.stream().<Node>map(YamlMap::quoted).toList(), FlowStyle.FLOW));
    }

    YamlMap map(String key, YamlMap value) {
        return put(key, value.node(FlowStyle.BLOCK));
    }

    YamlMap rows(String key, List<YamlMap> rows) {
        return put(key, new SequenceNode(Tag.SEQ, rows.stream().<Node>map(row -> row.node(FlowStyle.FLOW)).toList(),
                FlowStyle.BLOCK));
    }

    /** The mapping as a YAML block, one line per key or row, ending in a newline. */
    String dump() {
        var out = new StringWriter();
        var serializer = new Serializer(new Emitter(out, OPTIONS), RESOLVER, OPTIONS, null);
        try {
            serializer.open();
            serializer.serialize(node(FlowStyle.BLOCK));
            serializer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private YamlMap put(String key, Node value) {
        entries.add(new NodeTuple(new ScalarNode(Tag.STR, key, null, null, ScalarStyle.PLAIN), value));
        return this;
    }

    private MappingNode node(FlowStyle style) {
        return new MappingNode(Tag.MAP, List.copyOf(entries), style);
    }

    private static ScalarNode quoted(String text) {
        return new ScalarNode(Tag.STR, text, null, null, ScalarStyle.DOUBLE_QUOTED);
    }

    /** Rows of a list indented under their key ({@code images:\n  - {…}}), as the seeds write them. */
    private static DumperOptions options() {
        var options = new DumperOptions();
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setSplitLines(false);
        options.setWidth(Integer.MAX_VALUE);
        return options;
    }
}
