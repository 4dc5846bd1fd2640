package dev.alphanode.content;

import org.yaml.snakeyaml.nodes.Node;

/** One {@code key: value} entry of a YAML mapping; {@code line} is the file line of the key. */
record Field(String key, int line, Node value) {

    /** The key quoted for messages, e.g. {@code 'tags'}. */
    String label() {
        return Nodes.quote(key);
    }

    boolean isNull() {
        return Nodes.isNull(value);
    }
}
