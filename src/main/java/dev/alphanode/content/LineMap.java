package dev.alphanode.content;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Turns SnakeYAML's 0-based mark lines into 1-based file lines. SnakeYAML also breaks lines at
 * U+0085, U+2028 and U+2029, which are not line breaks in the file, so a plain offset could drift.
 */
final class LineMap {

    private final int[] fileLines;
    private final int firstLine;

    private LineMap(int[] fileLines, int firstLine) {
        this.fileLines = fileLines;
        this.firstLine = firstLine;
    }

    /** {@code yaml} starts on file line {@code firstLine} and uses '\n' line endings. */
    static LineMap of(String yaml, int firstLine) {
        int[] lines = new int[countYamlBreaks(yaml) + 1];
        int yamlLine = 0;
        int fileLine = firstLine;
        lines[0] = fileLine;
        for (int i = 0; i < yaml.length(); i++) {
            char c = yaml.charAt(i);
            if (isYamlBreak(c)) {
                fileLine += c == '\n' ? 1 : 0;
                lines[++yamlLine] = fileLine;
            }
        }
        return new LineMap(lines, firstLine);
    }

    /** For nodes built by hand (TOML): mark line {@code i} is file line {@code firstLine + i}, for {@code text}'s lines. */
    static LineMap ofFileLines(String text, int firstLine) {
        int[] lines = new int[(int) text.chars().filter(c -> c == '\n').count() + 1];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = firstLine + i;
        }
        return new LineMap(lines, firstLine);
    }

    int firstLine() {
        return firstLine;
    }

    int line(Node node) {
        return line(node.getStartMark());
    }

    int line(Mark mark) {
        if (mark == null) {
            return firstLine;
        }
        int index = Math.min(Math.max(mark.getLine(), 0), fileLines.length - 1);
        return fileLines[index];
    }

    private static int countYamlBreaks(String yaml) {
        int count = 0;
        for (int i = 0; i < yaml.length(); i++) {
            count += isYamlBreak(yaml.charAt(i)) ? 1 : 0;
        }
        return count;
    }

    private static boolean isYamlBreak(char c) {
        return c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
