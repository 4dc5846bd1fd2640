package dev.alphanode.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jekyll (Liquid) and Hugo template tags in a post body, turned into the Markdown they stand for
 * before the body is rendered: highlight blocks become fenced code, raw blocks literal text, post
 * references links to the post's route, {@code site.baseurl}/{@code site.url} the site's root
 * (nothing: links become root-relative), Hugo figures HTML figures. Nothing is ever executed: any
 * other tag stays visible as text (escaped so Markdown shows it as written) and is a warning.
 * Tags inside fenced or indented code blocks and code spans are left alone.
 */
public final class TemplateTags {

    /** The route path of the published post a reference ({@code 2024-01-31-title}, {@code _posts/x.md}) names. */
    @FunctionalInterface
    public interface Targets {
        Optional<String> route(String reference);
    }

    /** A tag left as text, or a reference to no post; {@code line} is 1-based in the body. */
    public record Warning(int line, String message) {
    }

    public record Result(String markdown, List<Warning> warnings) {
    }

    static final String KNOWN = "{% highlight %}, {% raw %}, {% post_url %}, {% link %}, {{ site.baseurl }}, "
            + "{{ site.url }}, {{< ref >}}, {{< relref >}}, {{< highlight >}}, {{< figure >}}";
    private static final Pattern LIQUID_TAG = Pattern.compile("\\{%-?\\s*([A-Za-z_][\\w]*)(.*?)\\s*-?%}");
    private static final Pattern LIQUID_OUTPUT = Pattern.compile("\\{\\{-?\\s*(.*?)\\s*-?}}");
    private static final Pattern HUGO = Pattern.compile("\\{\\{([<%])\\s*(/?)\\s*([A-Za-z][\\w-]*)(.*?)\\s*[>%]}}");
    private static final Pattern END_HIGHLIGHT = Pattern.compile("\\{%-?\\s*endhighlight\\s*-?%}");
    private static final Pattern END_RAW = Pattern.compile("\\{%-?\\s*endraw\\s*-?%}");
    private static final Pattern HUGO_END_HIGHLIGHT = Pattern.compile("\\{\\{[<%]\\s*/\\s*highlight\\s*[>%]}}");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})(.*)$");
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z0-9_+#.-]{1,40}");
    private static final Pattern ARGUMENT = Pattern.compile("(?:([A-Za-z_][\\w-]*)\\s*=\\s*)?(\"[^\"]*\"|'[^']*'|[^\\s\"']+)");
    private static final String MARKDOWN_SPECIALS = "\\`*_[]<>!|~&#";

    private TemplateTags() {
    }

    /** Whether the body may hold a tag at all: bodies without {@code {%} or {@code {{} are used as they are. */
    public static boolean mayHaveTags(String body) {
        return body.contains("{%") || body.contains("{{");
    }

    public static Result transform(String body, Targets targets) {
        if (!mayHaveTags(body)) {
            return new Result(body, List.of());
        }
        return new Scan(body, targets).run();
    }

    /** The keys ({@link #key}) of every post the body references, resolved or not: what its HTML depends on. */
    public static Set<String> referenceKeys(String body) {
        Set<String> keys = new TreeSet<>();
        transform(body, reference -> {
            String key = key(reference);
            if (!key.isEmpty()) {
                keys.add(key);
            }
            return Optional.empty();
        });
        return keys;
    }

    /**
     * What a reference and a post's source path are matched by: the file name without its extension
     * (a bundle's {@code index.md} by its folder), slugged. {@code _posts/2024-01-31-a.md},
     * {@code 2024-01-31-a} and {@code posts/2024-01-31-a.markdown} share {@code 2024-01-31-a}.
     */
    public static String key(String referenceOrPath) {
        List<String> segments = segments(referenceOrPath);
        if (segments.isEmpty()) {
            return "";
        }
        String last = segments.get(segments.size() - 1);
        if ((last.equals("index") || last.equals("_index")) && segments.size() > 1) {
            last = segments.get(segments.size() - 2);
        }
        return Slugs.slugify(last);
    }

    /** The first candidate (path order) whose path ends with the reference's path, else the first; empty when none. */
    public static <T> Optional<T> pick(String reference, List<T> candidates, java.util.function.Function<T, String> path) {
        String wanted = String.join("/", segments(reference)).toLowerCase(Locale.ROOT);
        for (T candidate : candidates) {
            String have = String.join("/", segments(path.apply(candidate))).toLowerCase(Locale.ROOT);
            if (have.equals(wanted) || have.endsWith("/" + wanted)) {
                return Optional.of(candidate);
            }
        }
        return candidates.stream().findFirst();
    }

    /** The path's segments without anchor, query, extension or Jekyll's {@code _posts} folder. */
    private static List<String> segments(String text) {
        String path = text.strip();
        int cut = indexOfAny(path, "#?");
        path = cut < 0 ? path : path.substring(0, cut);
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty() && !segment.equals(".") && !segment.equals("_posts")) {
                segments.add(segment);
            }
        }
        if (!segments.isEmpty()) {
            String last = segments.get(segments.size() - 1);
            for (String extension : List.of(".md", ".markdown", ".html")) {
                if (last.endsWith(extension) && last.length() > extension.length()) {
                    segments.set(segments.size() - 1, last.substring(0, last.length() - extension.length()));
                }
            }
        }
        return segments;
    }

    private static int indexOfAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** One pass over the body's lines: fences and indented code are copied, other lines scanned for tags. */
    private static final class Scan {
        private final List<String> lines;
        private final Targets targets;
        private final StringBuilder out = new StringBuilder();
        private final List<Warning> warnings = new ArrayList<>();
        private int lineNo;
        private Block block;
        private String fence;
        private boolean previousBlank = true;
        private boolean previousIndentedCode;

        Scan(String body, Targets targets) {
            this.lines = splitLines(body);
            this.targets = targets;
        }

        Result run() {
            for (lineNo = 1; lineNo <= lines.size(); lineNo++) {
                String line = lines.get(lineNo - 1);
                if (block != null) {
                    continueBlock(line);
                } else if (fence != null) {
                    out.append(line);
                    if (closesFence(line)) {
                        fence = null;
                    }
                } else {
                    normalLine(line);
                }
            }
            if (block != null) {
                warn(block.line, "'" + block.openTag + "' is never closed, left as text (expected " + block.closeName
                        + " after it)");
                out.append(visible(block.openTag)).append(block.content);
            }
            return new Result(out.toString(), List.copyOf(warnings));
        }

        private void normalLine(String line) {
            String text = stripEnd(line);
            boolean blank = text.isBlank();
            Matcher opens = FENCE.matcher(text);
            if (opens.matches() && !(opens.group(1).charAt(0) == '`' && opens.group(2).contains("`"))) {
                fence = opens.group(1);
                out.append(line);
            } else if (!blank && (previousBlank || previousIndentedCode) && isIndented(text)) {
                previousIndentedCode = true;
                out.append(line);
            } else {
                previousIndentedCode = previousIndentedCode && blank;
                inline(line, 0);
            }
            previousBlank = blank;
        }

        private boolean closesFence(String line) {
            String text = stripEnd(line).stripLeading();
            if (line.length() - line.stripLeading().length() > 3 || text.length() < fence.length()) {
                return false;
            }
            char c = fence.charAt(0);
            return text.chars().allMatch(ch -> ch == c);
        }

        /** Copies {@code line} from {@code from}, turning the tags outside code spans. */
        private void inline(String line, int from) {
            int i = from;
            while (i < line.length()) {
                char c = line.charAt(i);
                if (c == '`') {
                    i = codeSpan(line, i);
                } else if (c == '\\' && i + 1 < line.length()) {
                    out.append(line, i, i + 2);
                    i += 2;
                } else if (c == '{' && i + 1 < line.length() && (line.charAt(i + 1) == '%' || line.charAt(i + 1) == '{')) {
                    int next = tag(line, i);
                    if (next < 0) {
                        return;
                    }
                    i = next;
                } else {
                    out.append(c);
                    i++;
                }
            }
        }

        private int codeSpan(String line, int at) {
            int end = at;
            while (end < line.length() && line.charAt(end) == '`') {
                end++;
            }
            String run = line.substring(at, end);
            int close = line.indexOf(run, end);
            while (close >= 0 && close + run.length() < line.length() && line.charAt(close + run.length()) == '`') {
                close = line.indexOf(run, close + run.length() + 1);
            }
            int stop = close < 0 ? end : close + run.length();
            out.append(line, at, stop);
            return stop;
        }

        /** Handles the tag at {@code at}; returns where scanning goes on, or -1 when a block took the rest of the line. */
        private int tag(String line, int at) {
            Matcher hugo = HUGO.matcher(line).region(at, line.length());
            if (line.startsWith("{{<", at) || line.startsWith("{{%", at)) {
                if (hugo.lookingAt()) {
                    return hugo(line, hugo);
                }
            } else if (line.startsWith("{%", at)) {
                Matcher liquid = LIQUID_TAG.matcher(line).region(at, line.length());
                if (liquid.lookingAt()) {
                    return liquid(line, liquid);
                }
            } else {
                Matcher output = LIQUID_OUTPUT.matcher(line).region(at, line.length());
                if (output.lookingAt()) {
                    String expression = output.group(1).strip();
                    if (!expression.equals("site.baseurl") && !expression.equals("site.url")) {
                        unknown(output.group());
                    }
                    return output.end();
                }
            }
            out.append(line, at, at + 2);
            return at + 2;
        }

        private int liquid(String line, Matcher tag) {
            String name = tag.group(1);
            String arguments = tag.group(2).strip();
            switch (name) {
                case "highlight" -> {
                    return open(line, tag.group(), tag.end(), new Block(lineNo, tag.group(), END_HIGHLIGHT,
                            "{% endhighlight %}", firstWord(arguments), true));
                }
                case "raw" -> {
                    return open(line, tag.group(), tag.end(), new Block(lineNo, tag.group(), END_RAW, "{% endraw %}",
                            "", false));
                }
                case "post_url", "link" -> reference(tag.group(), arguments, "");
                default -> unknown(tag.group());
            }
            return tag.end();
        }

        private int hugo(String line, Matcher tag) {
            String name = tag.group(3);
            boolean closing = !tag.group(2).isEmpty();
            List<Argument> arguments = arguments(tag.group(4));
            if (closing) {
                unknown(tag.group());
            } else if (name.equals("highlight")) {
                String language = arguments.isEmpty() ? "" : arguments.get(0).value();
                return open(line, tag.group(), tag.end(), new Block(lineNo, tag.group(), HUGO_END_HIGHLIGHT,
                        "{{< /highlight >}}", language, true));
            } else if ((name.equals("ref") || name.equals("relref")) && !arguments.isEmpty()) {
                String target = arguments.get(0).value();
                int hash = target.indexOf('#');
                reference(tag.group(), hash < 0 ? target : target.substring(0, hash), hash < 0 ? "" : target.substring(hash));
            } else if (name.equals("figure")) {
                figure(tag.group(), arguments, line.substring(tag.end()).isBlank());
            } else {
                unknown(tag.group());
            }
            return tag.end();
        }

        private void reference(String tag, String target, String anchor) {
            String name = unquote(target.strip());
            Optional<String> route = name.isEmpty() ? Optional.empty() : targets.route(name);
            if (route.isPresent()) {
                out.append(route.get()).append(anchor);
            } else {
                warn(lineNo, "post reference '" + tag + "' names no published post, left as text (expected the file name or path of"
                        + " a post in content/posts, e.g. 2024-01-31-title)");
                out.append(visible(tag));
            }
        }

        private void figure(String tag, List<Argument> arguments, boolean endsLine) {
            Map<String, String> named = new LinkedHashMap<>();
            arguments.stream().filter(argument -> argument.name() != null)
                    .forEach(argument -> named.putIfAbsent(argument.name(), argument.value()));
            String src = named.get("src");
            if (src == null || src.isBlank()) {
                warn(lineNo, "'" + tag + "' has no src, left as text (expected {{< figure src=\"image.png\" >}})");
                out.append(visible(tag));
                return;
            }
            StringBuilder html = new StringBuilder("<figure>");
            String link = named.get("link");
            if (link != null) {
                html.append("<a href=\"").append(Html.attribute(link)).append("\">");
            }
            html.append("<img src=\"").append(Html.attribute(src)).append("\" alt=\"")
                    .append(Html.attribute(named.getOrDefault("alt", named.getOrDefault("caption", "")))).append('"');
            if (named.containsKey("title")) {
                html.append(" title=\"").append(Html.attribute(named.get("title"))).append('"');
            }
            html.append('>');
            if (link != null) {
                html.append("</a>");
            }
            String caption = named.getOrDefault("caption", named.getOrDefault("title", ""));
            if (!caption.isBlank()) {
                html.append("<figcaption>").append(Html.text(caption)).append("</figcaption>");
            }
            out.append(html.append("</figure>"));
            if (endsLine) {
                // An HTML block runs to the next blank line: end it here so the next line is Markdown again.
                out.append('\n');
            }
        }

        /** Starts a highlight or raw block; what follows the tag on its line is the block's first content. */
        private int open(String line, String tag, int end, Block opened) {
            block = opened;
            block.openTag = tag;
            continueBlock(line.substring(end));
            return -1;
        }

        private void continueBlock(String text) {
            Matcher close = block.close.matcher(text);
            if (!close.find()) {
                block.content.append(text);
                return;
            }
            block.content.append(text, 0, close.start());
            Block done = block;
            block = null;
            if (done.code) {
                fenced(done);
            } else {
                out.append(done.content);
            }
            String rest = text.substring(close.end());
            // A fence ends its own line: what is left of a closing line holding only the tag is dropped.
            if (!(done.code && rest.isBlank())) {
                inline(rest, 0);
            }
            previousBlank = false;
        }

        private void fenced(Block done) {
            String code = done.content.toString();
            code = code.startsWith("\r\n") ? code.substring(2) : code.startsWith("\n") ? code.substring(1) : code;
            int lastBreak = code.lastIndexOf('\n');
            if (code.substring(lastBreak + 1).isBlank()) {
                code = code.substring(0, lastBreak + 1);
            } else {
                code = code + "\n";
            }
            String ticks = "`".repeat(Math.max(3, longestRun(code, '`') + 1));
            String language = unquote(done.language);
            if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
                out.append('\n');
            }
            out.append(ticks).append(LANGUAGE.matcher(language).matches() ? language : "").append('\n')
                    .append(code).append(ticks).append('\n');
        }

        private void unknown(String tag) {
            warn(lineNo, "unknown template tag '" + tag + "' left as text (expected one of " + KNOWN + ")");
            out.append(visible(tag));
        }

        private void warn(int line, String message) {
            warnings.add(new Warning(line, message));
        }
    }

    /** A highlight or raw block being collected until its closing tag. */
    private static final class Block {
        final int line;
        String openTag;
        final Pattern close;
        final String closeName;
        final String language;
        final boolean code;
        final StringBuilder content = new StringBuilder();

        Block(int line, String openTag, Pattern close, String closeName, String language, boolean code) {
            this.line = line;
            this.openTag = openTag;
            this.close = close;
            this.closeName = closeName;
            this.language = language;
            this.code = code;
        }
    }

    private record Argument(String name, String value) {
    }

    private static List<Argument> arguments(String text) {
        List<Argument> arguments = new ArrayList<>();
        Matcher matcher = ARGUMENT.matcher(text);
        while (matcher.find()) {
            arguments.add(new Argument(matcher.group(1), unquote(matcher.group(2))));
        }
        return arguments;
    }

    /** The tag as written, with every character Markdown could read as markup escaped, so it shows as typed. */
    static String visible(String tag) {
        StringBuilder escaped = new StringBuilder(tag.length() + 8);
        for (char c : tag.toCharArray()) {
            if (MARKDOWN_SPECIALS.indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    private static String firstWord(String text) {
        String strip = text.strip();
        int space = strip.indexOf(' ');
        return space < 0 ? strip : strip.substring(0, space);
    }

    private static String unquote(String text) {
        if (text.length() >= 2 && (text.startsWith("\"") && text.endsWith("\"") || text.startsWith("'") && text.endsWith("'"))) {
            return text.substring(1, text.length() - 1);
        }
        return text;
    }

    private static int longestRun(String text, char c) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == c ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    private static boolean isIndented(String line) {
        return line.startsWith("    ") || line.startsWith("\t") || line.startsWith(" \t") || line.startsWith("  \t")
                || line.startsWith("   \t");
    }

    private static String stripEnd(String line) {
        int end = line.length();
        while (end > 0 && (line.charAt(end - 1) == '\n' || line.charAt(end - 1) == '\r')) {
            end--;
        }
        return line.substring(0, end);
    }

    /** The lines with their line breaks, so the body is copied byte for byte where nothing is turned. */
    private static List<String> splitLines(String body) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < body.length(); i++) {
            if (body.charAt(i) == '\n') {
                lines.add(body.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < body.length()) {
            lines.add(body.substring(start));
        }
        return lines;
    }

    /** Escaping for the HTML a figure is written as. */
    private static final class Html {
        static String text(String value) {
            return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        }

        static String attribute(String value) {
            return text(value).replace("\"", "&quot;").replace("'", "&#39;");
        }
    }
}
