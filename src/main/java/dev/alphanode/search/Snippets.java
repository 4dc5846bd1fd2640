package dev.alphanode.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Snippet HTML from a body's plain text. Around a match: about {@link #LENGTH} characters taken
 * from the content itself (not the highlighter's sentence, which may be a line or a page),
 * starting at the best passage's sentence or {@link #LEAD} characters before its first match
 * (earlier when the text ends sooner), cut at spaces, with an ellipsis where text was left out; every match inside is marked. Without
 * a match: the opening of the given text. Everything else is escaped.
 */
final class Snippets extends PassageFormatter {
    static final int LENGTH = 220;
    static final int LEAD = 60;
    private static final String MORE = "\u2026";

    @Override
    public String format(Passage[] passages, String content) {
        Passage best = null;
        List<int[]> matches = new ArrayList<>();
        for (Passage passage : passages) {
            for (int i = 0; i < passage.getNumMatches(); i++) {
                matches.add(new int[] {passage.getMatchStarts()[i], passage.getMatchEnds()[i]});
            }
            if (passage.getNumMatches() > 0 && (best == null || passage.getScore() > best.getScore())) {
                best = passage;
            }
        }
        if (best == null) {
            return lead(content).html();
        }
        int firstMatch = best.getMatchStarts()[0];
        int start = firstMatch - best.getStartOffset() <= LEAD ? best.getStartOffset()
                : afterSpace(content, firstMatch - LEAD, firstMatch);
        if (start + LENGTH > content.length()) {
            start = content.length() <= LENGTH ? 0 : Math.min(start, afterSpace(content,
                    content.length() - LENGTH, firstMatch));
        }
        int end = beforeSpace(content, start + LENGTH, best.getMatchEnds()[0]);
        matches.sort(Comparator.comparingInt(match -> match[0]));
        return window(content, skipSpaces(content, start, end), end, matches);
    }

    /** The opening of {@code text} (a summary or a body), escaped, without marks. */
    static Snippet lead(String text) {
        String plain = text.strip();
        return new Snippet(window(plain, 0, beforeSpace(plain, LENGTH, 0), List.of()));
    }

    private static String window(String content, int start, int end, List<int[]> matches) {
        StringBuilder html = new StringBuilder(LENGTH + 64);
        if (start > 0) {
            html.append(MORE);
        }
        int at = start;
        for (int[] match : matches) {
            if (match[0] >= at && match[1] <= end && match[0] < match[1]) {
                escape(html, content, at, match[0]);
                html.append("<mark>");
                escape(html, content, match[0], match[1]);
                html.append("</mark>");
                at = match[1];
            }
        }
        escape(html, content, at, end);
        if (end < content.length()) {
            html.append(MORE);
        }
        return html.toString();
    }

    /** The first word start after {@code from} and at most at {@code limit}. */
    private static int afterSpace(String content, int from, int limit) {
        for (int i = Math.max(0, from); i < limit; i++) {
            if (Character.isWhitespace(content.charAt(i))) {
                return i + 1;
            }
        }
        return safeCut(content, Math.max(0, from));
    }

    /** The last space at or before {@code to} that keeps {@code mustInclude}; the end when {@code to} passes it. */
    private static int beforeSpace(String content, int to, int mustInclude) {
        if (to >= content.length()) {
            return content.length();
        }
        for (int i = to; i > mustInclude; i--) {
            if (Character.isWhitespace(content.charAt(i))) {
                return i;
            }
        }
        return safeCut(content, Math.max(to, mustInclude));
    }

    private static int skipSpaces(String content, int start, int end) {
        int at = start;
        while (at < end && Character.isWhitespace(content.charAt(at))) {
            at++;
        }
        return at;
    }

    /** Never between the two halves of a surrogate pair. */
    private static int safeCut(String content, int at) {
        return at > 0 && at < content.length() && Character.isLowSurrogate(content.charAt(at)) ? at - 1 : at;
    }

    private static void escape(StringBuilder html, String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                case '\n' -> html.append(' ');
                default -> html.append(c);
            }
        }
    }
}
