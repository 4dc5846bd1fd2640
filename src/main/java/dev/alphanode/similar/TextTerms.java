package dev.alphanode.similar;

import java.util.Map;
import java.util.Objects;
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
        Tokens tokens = new Tokens();
        for (int i = 0; i < TITLE_TIMES; i++) {
            tokens.add(title);
        }
        tokens.add(summary);
        ProseLines.forEach(body, tokens::add);
        return tokens.table.counts(this::share);
    }

    private String share(String term) {
        String known = shared.get(term);
        return known != null ? known : Objects.requireNonNullElse(shared.putIfAbsent(term, term), term);
    }

    /** The term counts of one post, built word by word in a reused buffer. */
    private static final class Tokens {
        final TermTable table = new TermTable();
        private final char[] word = new char[MAX_LENGTH + 1];
        private int length;
        private boolean tooLong;
        private boolean digitsOnly = true;

        void add(String text) {
            int i = 0;
            while (i < text.length()) {
                int skip = skip(text, i);
                if (skip > i) {
                    emit();
                    i = skip;
                    continue;
                }
                char c = text.charAt(i);
                if (c < 128) {
                    ascii(c);
                    i++;
                } else {
                    int cp = text.codePointAt(i);
                    if (Character.isLetterOrDigit(cp)) {
                        append(Character.toLowerCase(cp));
                    } else {
                        emit();
                    }
                    i += Character.charCount(cp);
                }
            }
            emit();
        }

        private void ascii(char c) {
            if (c >= 'a' && c <= 'z') {
                letter(c);
            } else if (c >= 'A' && c <= 'Z') {
                letter((char) (c + ('a' - 'A')));
            } else if (c >= '0' && c <= '9') {
                append(c);
            } else {
                emit();
            }
        }

        private void letter(char c) {
            digitsOnly = false;
            if (length < MAX_LENGTH) {
                word[length++] = c;
            } else {
                tooLong = true;
            }
        }

        private void append(int cp) {
            if (!Character.isDigit(cp)) {
                digitsOnly = false;
            }
            int size = Character.charCount(cp);
            if (length + size > MAX_LENGTH) {
                tooLong = true;
                return;
            }
            Character.toChars(cp, word, length);
            length += size;
        }

        private void emit() {
            if (length >= MIN_LENGTH && !tooLong && !digitsOnly) {
                table.add(word, length);
            }
            length = 0;
            tooLong = false;
            digitsOnly = true;
        }
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
}
