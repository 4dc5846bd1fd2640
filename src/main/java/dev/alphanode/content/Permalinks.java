package dev.alphanode.content;

import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jekyll's permalink placeholders ({@code permalink: /:year/:month/:day/:title/} in a post's front
 * matter, and the built-in styles {@code date}, {@code pretty}, {@code ordinal}, {@code none}),
 * expanded for one post as Jekyll 4 builds its URL: the date as the author wrote it, {@code :title}
 * the file name's words with their case, {@code :slug} the post's slug, {@code :categories} the
 * categories lowercased and joined by '/'; empty segments collapse.
 */
final class Permalinks {

    private static final Pattern PLACEHOLDER = Pattern.compile(":([a-z_]+)");
    private static final Pattern NOT_PRETTY = Pattern.compile("[^\\p{L}\\p{N}._~!$&'()+,;=@]+");
    private static final Pattern SLASHES = Pattern.compile("/{2,}");
    private static final Map<String, String> STYLES = Map.of(
            "date", "/:categories/:year/:month/:day/:title:output_ext",
            "pretty", "/:categories/:year/:month/:day/:title/",
            "ordinal", "/:categories/:year/:y_day/:title:output_ext",
            "weekdate", "/:categories/:year/W:week/:short_day/:title:output_ext",
            "none", "/:categories/:title:output_ext");

    private Permalinks() {
    }

    /** What a post's URL is built from. */
    record Values(String sourcePath, String slug, PostDate date, List<String> categories) {
    }

    /** Whether Jekyll would expand {@code permalink}: a built-in style name, or a value with a {@code :name}. */
    static boolean isPattern(String permalink) {
        return STYLES.containsKey(permalink) || PLACEHOLDER.matcher(permalink).find();
    }

    /** The path {@code permalink} gives this post, or the reason it gives none (an unknown placeholder). */
    static Expansion jekyll(String permalink, Values values) {
        String pattern = STYLES.getOrDefault(permalink, permalink);
        Matcher matcher = PLACEHOLDER.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            Function<Values, String> value = JEKYLL.get(matcher.group(1));
            if (value == null) {
                return new Expansion.Unknown(":" + matcher.group(1));
            }
            matcher.appendReplacement(path, Matcher.quoteReplacement(value.apply(values)));
        }
        matcher.appendTail(path);
        String expanded = SLASHES.matcher(path.toString()).replaceAll("/");
        return new Expansion.Path(expanded.startsWith("/") ? expanded : "/" + expanded);
    }

    /** The placeholders {@link #jekyll} knows, for messages. */
    static String known() {
        return String.join(", ", JEKYLL.keySet().stream().sorted().map(name -> ":" + name).toList())
                + " and the styles " + String.join(", ", STYLES.keySet().stream().sorted().toList());
    }

    sealed interface Expansion {
        record Path(String path) implements Expansion { }
        record Unknown(String placeholder) implements Expansion { }
    }

    private static final Map<String, Function<Values, String>> JEKYLL = Map.ofEntries(
            Map.entry("year", v -> String.format("%04d", at(v).getYear())),
            Map.entry("short_year", v -> String.format("%02d", at(v).getYear() % 100)),
            Map.entry("month", v -> String.format("%02d", at(v).getMonthValue())),
            Map.entry("i_month", v -> Integer.toString(at(v).getMonthValue())),
            Map.entry("short_month", v -> at(v).getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)),
            Map.entry("long_month", v -> at(v).getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)),
            Map.entry("day", v -> String.format("%02d", at(v).getDayOfMonth())),
            Map.entry("i_day", v -> Integer.toString(at(v).getDayOfMonth())),
            Map.entry("y_day", v -> String.format("%03d", at(v).getDayOfYear())),
            Map.entry("w_year", v -> Integer.toString(at(v).get(java.time.temporal.IsoFields.WEEK_BASED_YEAR))),
            Map.entry("week", v -> String.format("%02d", at(v).get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR))),
            Map.entry("w_day", v -> Integer.toString(at(v).getDayOfWeek().getValue())),
            Map.entry("short_day", v -> at(v).getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)),
            Map.entry("long_day", v -> at(v).getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)),
            Map.entry("hour", v -> String.format("%02d", at(v).getHour())),
            Map.entry("minute", v -> String.format("%02d", at(v).getMinute())),
            Map.entry("second", v -> String.format("%02d", at(v).getSecond())),
            Map.entry("title", Permalinks::title),
            Map.entry("name", Permalinks::title),
            Map.entry("slug", Values::slug),
            Map.entry("categories", v -> String.join("/", v.categories().stream()
                    .map(name -> name.toLowerCase(Locale.ROOT)).distinct().toList())),
            Map.entry("slugified_categories", v -> String.join("/", v.categories().stream().map(Slugs::slugify)
                    .filter(slug -> !slug.isEmpty()).distinct().toList())),
            Map.entry("output_ext", v -> ".html"));

    private static LocalDateTime at(Values values) {
        return values.date().at().toLocalDateTime();
    }

    /**
     * Jekyll's {@code :title}: the file name's words after the date, case kept, runs of other
     * characters turned into '-' (its "pretty" slugify); the slug when a {@code slug} field renamed the post.
     */
    private static String title(Values values) {
        String name = PostFileNames.postName(values.sourcePath());
        String words = Dates.fromName(name).map(Dates.Prefixed::rest).filter(rest -> !rest.isEmpty()).orElse(name);
        String pretty = NOT_PRETTY.matcher(words).replaceAll("-").replaceAll("^-+|-+$", "");
        return Slugs.slugify(words).equals(values.slug()) && !pretty.isEmpty() ? pretty : values.slug();
    }
}
