package dev.alphanode.generate;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Parses {@code --count N --out DIR [--seed S]} (also {@code --flag=value}). */
final class OptionsParser {

    private static final String COUNT_EXPECTED =
            "expected a whole number from 1 to " + GenerateOptions.MAX_COUNT;
    private static final String OUT_EXPECTED = "expected a directory path";
    private static final String SEED_EXPECTED = "expected a whole number";

    private OptionsParser() {
    }

    static GenerateOptions parse(String[] args) throws UsageException {
        var values = flags(args);
        return new GenerateOptions(count(values.get("--count")), out(values.get("--out")), seed(values.get("--seed")));
    }

    private static Map<String, String> flags(String[] args) throws UsageException {
        var values = new LinkedHashMap<String, String>();
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            String value = null;
            int eq = flag.indexOf('=');
            if (flag.startsWith("--") && eq > 0) {
                value = flag.substring(eq + 1);
                flag = flag.substring(0, eq);
            }
            if (!flag.equals("--count") && !flag.equals("--out") && !flag.equals("--seed")) {
                throw new UsageException(flag + ": unknown argument (expected --count N --out DIR [--seed S])");
            }
            if (value == null) {
                if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                    throw new UsageException(flag + ": missing value (" + expected(flag) + ")");
                }
                value = args[++i];
            }
            if (values.put(flag, value) != null) {
                throw new UsageException(flag + ": given more than once (" + expected(flag) + ", once)");
            }
        }
        return values;
    }

    private static String expected(String flag) {
        return switch (flag) {
            case "--count" -> COUNT_EXPECTED;
            case "--out" -> OUT_EXPECTED;
            default -> SEED_EXPECTED;
        };
    }

    private static int count(String value) throws UsageException {
        if (value == null) {
            throw new UsageException("--count: missing (" + COUNT_EXPECTED + ")");
        }
        long count = number("--count", value, COUNT_EXPECTED);
        if (count < 1 || count > GenerateOptions.MAX_COUNT) {
            throw new UsageException("--count: '" + value + "' is out of range (" + COUNT_EXPECTED + ")");
        }
        return (int) count;
    }

    private static Path out(String value) throws UsageException {
        if (value == null) {
            throw new UsageException("--out: missing (" + OUT_EXPECTED + ")");
        }
        if (value.isBlank()) {
            throw new UsageException("--out: '" + value + "' is empty (" + OUT_EXPECTED + ")");
        }
        Path dir;
        try {
            dir = Path.of(value);
        } catch (InvalidPathException e) {
            throw new UsageException("--out: '" + value + "' is not a valid path (" + OUT_EXPECTED + ")");
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new UsageException("--out: '" + value + "' is a file (" + OUT_EXPECTED + ")");
        }
        return dir;
    }

    private static long seed(String value) throws UsageException {
        return value == null ? GenerateOptions.DEFAULT_SEED : number("--seed", value, SEED_EXPECTED);
    }

    private static long number(String flag, String value, String expected) throws UsageException {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            String problem = value.strip().matches("[-+]?[0-9]+") ? "is out of range" : "is not a number";
            throw new UsageException(flag + ": '" + value + "' " + problem + " (" + expected + ")");
        }
    }
}
