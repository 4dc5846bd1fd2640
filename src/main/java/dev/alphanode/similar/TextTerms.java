package dev.alphanode.similar;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Title, summary and Markdown body → normalised terms: code blocks left out, link targets, HTML
 * tags and bare URLs skipped, lower-cased, split on anything that is not a letter or digit,
 * terms shorter than 3 or longer than 40 characters, all-digit terms and stop words dropped.
 * Title terms count twice. No stemming. Thread-safe; equal terms share one String.
 */
final class TextTerms {
    static final int MIN_LENGTH = 3;
    static final int MAX_LENGTH = 40;
    private static final int TITLE_TIMES = 2;

    private final Map<String, String> shared = new ConcurrentHashMap<>();

    TermCounts of(String title, String summary, String body) {
        Map<String, int[]> counts = new HashMap<>();
        for (int i = 0; i < TITLE_TIMES; i++) {
            add(title, counts);
        }
        add(summary, counts);
        ProseLines.forEach(body, line -> add(line, counts));
        Map<String, int[]> sorted = new TreeMap<>(counts);
        String[] terms = new String[sorted.size()];
        int[] tf = new int[sorted.size()];
        int i = 0;
        for (Map.Entry<String, int[]> entry : sorted.entrySet()) {
            terms[i] = shared.computeIfAbsent(entry.getKey(), term -> term);
            tf[i++] = entry.getValue()[0];
        }
        return new TermCounts(terms, tf);
    }

    private static void add(String text, Map<String, int[]> counts) {
        StringBuilder word = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int skip = skip(text, i);
            if (skip > i) {
                emit(word, counts);
                i = skip;
                continue;
            }
            int cp = text.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                word.appendCodePoint(Character.toLowerCase(cp));
            } else {
                emit(word, counts);
            }
            i += Character.charCount(cp);
        }
        emit(word, counts);
    }

    /** Where reading resumes after a link target, an HTML tag or a URL starting at {@code i}; {@code i} if none. */
    private static int skip(String text, int i) {
        char c = text.charAt(i);
        if (c == ']' && text.startsWith("](", i)) {
            int close = text.indexOf(')', i);
            return close < 0 ? i : close + 1;
        }
        if (c == '<' && i + 1 < text.length() && isTagStart(text.charAt(i + 1))) {
            int close = text.indexOf('>', i);
            return close < 0 ? i : close + 1;
        }
        if (c == 'h' && (text.startsWith("http://", i) || text.startsWith("https://", i))) {
            int end = i;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            return end;
        }
        return i;
    }

    private static boolean isTagStart(char c) {
        return c == '/' || c == '!' || (c < 128 && Character.isLetter(c));
    }

    private static void emit(StringBuilder word, Map<String, int[]> counts) {
        int length = word.length();
        if (length >= MIN_LENGTH && length <= MAX_LENGTH && !allDigits(word)) {
            String term = word.toString();
            if (!StopWords.contains(term)) {
                counts.computeIfAbsent(term, t -> new int[1])[0]++;
            }
        }
        word.setLength(0);
    }

    private static boolean allDigits(CharSequence word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isDigit(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
