package dev.alphanode.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The end of {@code check}'s output: one line per kind of problem with the number of files that
 * have it, so a migration of hundreds of files reads in one screen. A kind is the message without
 * its values: quoted values become {@code '…'} (a leading key and the field named after "field" or "for" are kept),
 * numbers {@code N}, and the "(expected …)" part is left off.
 */
final class CheckSummary {
    private static final Pattern QUOTED = Pattern.compile("(?<!^)(?<!field )(?<!for )'[^']*'");
    private static final Pattern NUMBER = Pattern.compile("\\b\\d+\\b");

    private CheckSummary() {
    }

    /** {@code     3 files invalid date '…' for 'date'}, errors first, then by files (most first) and kind. */
    static List<String> byKind(List<ContentProblem> problems) {
        Map<String, Set<String>> files = new LinkedHashMap<>();
        Map<String, Boolean> errors = new LinkedHashMap<>();
        for (ContentProblem problem : problems) {
            String kind = kind(problem.message());
            String key = (problem.isError() ? "" : "warning: ") + kind;
            files.computeIfAbsent(key, k -> new HashSet<>()).add(problem.path());
            errors.put(key, problem.isError());
        }
        List<String> kinds = new ArrayList<>(files.keySet());
        kinds.sort(Comparator.comparing((String key) -> !errors.get(key))
                .thenComparing(key -> -files.get(key).size()).thenComparing(key -> key));
        List<String> lines = new ArrayList<>();
        for (String key : kinds) {
            int count = files.get(key).size();
            lines.add(String.format(java.util.Locale.ROOT, "%5d %-5s %s", count, count == 1 ? "file" : "files", key));
        }
        return lines;
    }

    static String kind(String message) {
        int expected = message.lastIndexOf(" (expected");
        String text = expected < 0 ? message : message.substring(0, expected);
        return NUMBER.matcher(QUOTED.matcher(text).replaceAll("'…'")).replaceAll("N");
    }
}
