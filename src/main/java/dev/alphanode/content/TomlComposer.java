package dev.alphanode.content;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import com.fasterxml.jackson.dataformat.toml.TomlReadFeature;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions.FlowStyle;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads TOML front matter into the same node tree {@link YamlComposer} gives, so one set of
 * checks validates both: tables become maps, arrays lists, and each value a scalar tagged as YAML
 * would tag it. A local date becomes a {@code YYYY-MM-DD} timestamp like YAML's; a date-time is a
 * a {@code !!timestamp} scalar in ISO form (read like YAML's by {@link Dates}). Marks carry the file line of each key ({@link TomlKeyLines}).
 * Thread-safe: the mapper is configured once.
 */
final class TomlComposer {

    /** As deep as {@link YamlComposer} lets YAML nest. */
    private static final int NESTING_DEPTH = 40;

    private final TomlMapper mapper = TomlMapper.builder()
            .enable(TomlReadFeature.PARSE_JAVA_TIME)
            .disable(MapperFeature.REQUIRE_HANDLERS_FOR_JAVA8_TIMES)
            .build();

    /** The root mapping, or empty when the text is not TOML; problems go to {@code problems}. */
    Optional<Node> compose(String toml, LineMap lines, Problems problems, String expected) {
        TomlKeyLines keyLines = TomlKeyLines.scan(toml);
        Map<?, ?> document;
        try {
            document = mapper.readValue(toml, LinkedHashMap.class);
        } catch (JacksonException e) {
            problems.error(errorLine(e, keyLines, toml, lines), message(e, keyLines, expected));
            return Optional.empty();
        } catch (DateTimeParseException e) {
            problems.error(lines.firstLine() + lineOf(toml, e.getParsedString()),
                    invalidToml("invalid date " + Nodes.quote(e.getParsedString()), expected));
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            problems.error(lines.firstLine(), invalidToml(e.getMessage(), expected));
            return Optional.empty();
        }
        var tree = new Tree(keyLines);
        Node root = tree.map(document == null ? Map.of() : document, List.of(), 0, 0);
        if (tree.tooDeepAt >= 0) {
            problems.error(lines.firstLine() + tree.tooDeepAt, invalidToml("nested more than " + NESTING_DEPTH
                    + " levels deep", expected));
            return Optional.empty();
        }
        return Optional.of(root);
    }

    /**
     * Parse errors point at the TOML's 1-based line; one found at the end names the last line. The
     * parser notices a duplicate key only after its line, so the scan's line is taken for it.
     */
    private static int errorLine(JacksonException e, TomlKeyLines keyLines, String toml, LineMap lines) {
        Optional<TomlKeyLines.Duplicate> duplicate = duplicate(e, keyLines);
        if (duplicate.isPresent()) {
            return lines.firstLine() + duplicate.get().line();
        }
        JsonLocation location = e.getLocation();
        int lineCount = Math.max(1, (int) toml.chars().filter(c -> c == '\n').count());
        int line = location == null || location.getLineNr() < 1 ? 1 : Math.min(location.getLineNr(), lineCount);
        return lines.firstLine() + line - 1;
    }

    private static String message(JacksonException e, TomlKeyLines keyLines, String expected) {
        return duplicate(e, keyLines)
                .map(duplicate -> "invalid TOML: duplicate key " + Nodes.quote(duplicate.key()) + " (expected each key once)")
                .orElseGet(() -> invalidToml(e.getOriginalMessage(), expected));
    }

    private static Optional<TomlKeyLines.Duplicate> duplicate(JacksonException e, TomlKeyLines keyLines) {
        return "Duplicate key".equals(e.getOriginalMessage()) ? keyLines.firstDuplicate() : Optional.empty();
    }

    /** The 0-based line of the first line holding {@code text}, or 0. */
    private static int lineOf(String toml, String text) {
        int at = text == null || text.isEmpty() ? -1 : toml.indexOf(text);
        return at < 0 ? 0 : (int) toml.substring(0, at).chars().filter(c -> c == '\n').count();
    }

    private static String invalidToml(String problem, String expected) {
        String text = problem == null || problem.isBlank() ? "unreadable document" : problem.replaceAll("\\s+", " ").strip();
        return "invalid TOML: " + Character.toLowerCase(text.charAt(0)) + text.substring(1) + " (expected " + expected + ")";
    }

    /** Builds nodes; {@code line} arguments are 0-based lines of the TOML text. */
    private static final class Tree {

        private final TomlKeyLines keyLines;
        private int tooDeepAt = -1;

        Tree(TomlKeyLines keyLines) {
            this.keyLines = keyLines;
        }

        Node node(Object value, List<String> path, int line, int depth) {
            if (value instanceof Map<?, ?> map) {
                return map(map, path, line, depth);
            }
            if (value instanceof List<?> list) {
                return list(list, path, line, depth);
            }
            return scalar(value, mark(line));
        }

        MappingNode map(Map<?, ?> map, List<String> path, int line, int depth) {
            var tuples = new ArrayList<NodeTuple>();
            if (tooDeep(depth, line)) {
                return new MappingNode(Tag.MAP, tuples, FlowStyle.BLOCK);
            }
            map.forEach((key, value) -> {
                List<String> keyPath = TomlKeyLines.child(path, String.valueOf(key));
                int keyLine = keyLines.line(keyPath, line);
                var keyNode = new ScalarNode(Tag.STR, String.valueOf(key), mark(keyLine), mark(keyLine), ScalarStyle.PLAIN);
                tuples.add(new NodeTuple(keyNode, node(value, keyPath, keyLine, depth + 1)));
            });
            return new MappingNode(Tag.MAP, true, tuples, mark(line), mark(line), FlowStyle.BLOCK);
        }

        SequenceNode list(List<?> list, List<String> path, int line, int depth) {
            var items = new ArrayList<Node>();
            if (!tooDeep(depth, line)) {
                for (int i = 0; i < list.size(); i++) {
                    List<String> itemPath = TomlKeyLines.child(path, TomlKeyLines.index(i));
                    items.add(node(list.get(i), itemPath, keyLines.line(itemPath, line), depth + 1));
                }
            }
            return new SequenceNode(Tag.SEQ, true, items, mark(line), mark(line), FlowStyle.FLOW);
        }

        private boolean tooDeep(int depth, int line) {
            if (depth > NESTING_DEPTH && tooDeepAt < 0) {
                tooDeepAt = line;
            }
            return depth > NESTING_DEPTH;
        }

        private static Node scalar(Object value, Mark mark) {
            if (value instanceof String text) {
                return new ScalarNode(Tag.STR, text, mark, mark, ScalarStyle.DOUBLE_QUOTED);
            }
            if (value instanceof Boolean || value instanceof Integer || value instanceof Long
                    || value instanceof BigInteger) {
                return plain(value instanceof Boolean ? Tag.BOOL : Tag.INT, value.toString(), mark);
            }
            if (value instanceof BigDecimal || value instanceof Double || value instanceof Float) {
                return plain(Tag.FLOAT, value instanceof BigDecimal decimal ? decimal.toString() : value.toString(), mark);
            }
            if (value instanceof LocalDate date) {
                return plain(Tag.TIMESTAMP, date.toString(), mark);
            }
            if (value instanceof OffsetDateTime dateTime) {
                return plain(Tag.TIMESTAMP, DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(dateTime), mark);
            }
            if (value instanceof LocalDateTime dateTime) {
                return plain(Tag.TIMESTAMP, DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(dateTime), mark);
            }
            if (value instanceof LocalTime time) {
                return plain(Tag.STR, DateTimeFormatter.ISO_LOCAL_TIME.format(time), mark);
            }
            return plain(Tag.STR, String.valueOf(value), mark);
        }

        private static ScalarNode plain(Tag tag, String text, Mark mark) {
            return new ScalarNode(tag, text, mark, mark, ScalarStyle.PLAIN);
        }

        private static Mark mark(int line) {
            return new Mark("toml", 0, line, 0, new int[0], 0);
        }
    }
}
