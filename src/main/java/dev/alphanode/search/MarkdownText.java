package dev.alphanode.search;

import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A post body as the reader reads it: Flexmark's text of the parsed Markdown (link and image text
 * without URLs, code without fences, entities decoded, raw HTML left out), one line per block.
 * One parser (thread-safe) per index.
 */
final class MarkdownText {
    private static final Pattern BLANK_LINES = Pattern.compile("\\s*\\n\\s*");
    private static final Pattern SPACES = Pattern.compile("[\\p{Zs}\\t\\x0B\\f\\r]+");

    private final Parser parser;

    MarkdownText() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create()));
        this.parser = Parser.builder(options).build();
    }

    String of(String markdown) {
        String text = new TextCollectingVisitor().collectAndGetText(parser.parse(markdown));
        return BLANK_LINES.matcher(SPACES.matcher(text).replaceAll(" ")).replaceAll("\n").strip();
    }
}
