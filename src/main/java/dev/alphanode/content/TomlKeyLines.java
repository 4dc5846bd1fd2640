package dev.alphanode.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The 0-based line of each key and table header in a TOML document, found by scanning its lines,
 * since the TOML parser keeps no positions. A path is the keys from the root, with {@code [i]} for
 * the i-th table of an array of tables ({@code [[images]]}). Lines inside multi-line strings are
 * skipped; a key this scan cannot spell (an escape in a quoted key) has no line of its own.
 */
final class TomlKeyLines {

    private final Map<List<String>, Integer> lines = new HashMap<>();
    private final Map<List<String>, Integer> tableCounts = new HashMap<>();
    private final Set<List<String>> assigned = new HashSet<>();
    private Optional<Duplicate> firstDuplicate = Optional.empty();
    private List<String> table = List.of();
    private String openString;
    private int openBrackets;

    private TomlKeyLines() {
    }

    static TomlKeyLines scan(String toml) {
        var scan = new TomlKeyLines();
        String[] textLines = toml.split("\n", -1);
        for (int i = 0; i < textLines.length; i++) {
            scan.line(textLines[i], i);
        }
        return scan;
    }

    /** The line of {@code path}, or {@code fallback} when the scan did not find it. */
    int line(List<String> path, int fallback) {
        return lines.getOrDefault(path, fallback);
    }

    /** The first key assigned a second time in the same table, which TOML forbids. */
    Optional<Duplicate> firstDuplicate() {
        return firstDuplicate;
    }

    static List<String> child(List<String> path, String step) {
        var child = new ArrayList<>(path);
        child.add(step);
        return List.copyOf(child);
    }

    static String index(int i) {
        return "[" + i + "]";
    }

    private void line(String text, int lineIndex) {
        if (openString != null) {
            int closed = closingOf(text, 0, openString);
            if (closed >= 0) {
                openString = null;
                value(text, closed);
            }
            return;
        }
        int at = skipSpaces(text, 0);
        if (openBrackets > 0) {
            value(text, at);
            return;
        }
        if (text.startsWith("[[", at)) {
            keys(text, at + 2).ifPresent(header -> arrayTable(header.path(), lineIndex));
        } else if (text.startsWith("[", at)) {
            keys(text, at + 1).ifPresent(header -> table(header.path(), lineIndex));
        } else {
            Optional<Keys> keys = keys(text, at).filter(found -> text.startsWith("=", skipSpaces(text, found.end())));
            keys.ifPresent(found -> assign(found.path(), lineIndex));
            value(text, keys.map(found -> skipSpaces(text, found.end()) + 1).orElse(at));
        }
    }

    private void arrayTable(List<String> keys, int lineIndex) {
        List<String> array = resolve(keys);
        remember(array, lineIndex);
        int count = tableCounts.merge(array, 1, Integer::sum);
        table = child(array, index(count - 1));
        lines.putIfAbsent(table, lineIndex);
    }

    private void table(List<String> keys, int lineIndex) {
        table = resolve(keys);
        remember(table, lineIndex);
    }

    private void assign(List<String> keys, int lineIndex) {
        List<String> path = table;
        for (String key : keys) {
            path = child(path, key);
            lines.putIfAbsent(path, lineIndex);
        }
        if (!assigned.add(path) && firstDuplicate.isEmpty()) {
            firstDuplicate = Optional.of(new Duplicate(String.join(".", keys), lineIndex));
        }
    }

    /** The path of a header's keys, each array of tables on the way taken at its latest table. */
    private List<String> resolve(List<String> keys) {
        List<String> path = List.of();
        for (int i = 0; i < keys.size(); i++) {
            path = child(path, keys.get(i));
            Integer count = tableCounts.get(path);
            if (count != null && i < keys.size() - 1) {
                path = child(path, index(count - 1));
            }
        }
        return path;
    }

    private void remember(List<String> path, int lineIndex) {
        for (int end = 1; end <= path.size(); end++) {
            lines.putIfAbsent(List.copyOf(path.subList(0, end)), lineIndex);
        }
    }

    /** Follows a value to the end of its line, noting a multi-line string or array left open. */
    private void value(String text, int from) {
        int at = from;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == '#') {
                return;
            }
            String delimiter = text.startsWith("\"\"\"", at) ? "\"\"\"" : text.startsWith("'''", at) ? "'''" : null;
            if (delimiter != null) {
                at = closingOf(text, at + 3, delimiter);
                if (at < 0) {
                    openString = delimiter;
                    return;
                }
            } else if (c == '"' || c == '\'') {
                at = closingOf(text, at + 1, String.valueOf(c));
                if (at < 0) {
                    return;
                }
            } else {
                openBrackets = Math.max(0, openBrackets + (c == '[' || c == '{' ? 1 : c == ']' || c == '}' ? -1 : 0));
                at++;
            }
        }
    }

    /** The index just after {@code delimiter} closes (a basic string's escapes skipped), or -1. */
    private static int closingOf(String text, int from, String delimiter) {
        boolean escapes = delimiter.startsWith("\"");
        for (int at = from; at < text.length(); at++) {
            if (escapes && text.charAt(at) == '\\') {
                at++;
            } else if (text.startsWith(delimiter, at)) {
                return at + delimiter.length();
            }
        }
        return -1;
    }

    /** A dotted key starting at {@code from}: bare, "basic" or 'literal' parts. */
    private static Optional<Keys> keys(String text, int from) {
        var keys = new ArrayList<String>();
        int at = from;
        while (true) {
            at = skipSpaces(text, at);
            int end;
            if (at < text.length() && (text.charAt(at) == '"' || text.charAt(at) == '\'')) {
                end = text.indexOf(text.charAt(at), at + 1);
                if (end < 0 || text.charAt(at) == '"' && text.substring(at + 1, end).contains("\\")) {
                    return Optional.empty();
                }
                keys.add(text.substring(at + 1, end));
                end++;
            } else {
                end = at;
                while (end < text.length() && isBareKeyChar(text.charAt(end))) {
                    end++;
                }
                if (end == at) {
                    return Optional.empty();
                }
                keys.add(text.substring(at, end));
            }
            at = skipSpaces(text, end);
            if (at >= text.length() || text.charAt(at) != '.') {
                return Optional.of(new Keys(List.copyOf(keys), at));
            }
            at++;
        }
    }

    private static boolean isBareKeyChar(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-';
    }

    private static int skipSpaces(String text, int from) {
        int at = from;
        while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
            at++;
        }
        return at;
    }

    private record Keys(List<String> path, int end) {
    }

    record Duplicate(String key, int line) {
    }
}
