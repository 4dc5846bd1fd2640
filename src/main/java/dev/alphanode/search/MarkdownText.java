package dev.alphanode.search;

import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

/**
 * A post body as the reader reads it: Flexmark's text of the parsed Markdown (link and image text
 * without URLs, code without fences, entities decoded, raw HTML left out), one line per block.
 * One parser (thread-safe) per index.
 */
final class MarkdownText {
    private final Parser parser;

    MarkdownText() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create()));
        this.parser = Parser.builder(options).build();
    }

    String of(String markdown) {
        return lines(new TextCollectingVisitor().collectAndGetText(parser.parse(markdown)));
    }

    /** A run of whitespace becomes one newline when it holds one, else one space; trimmed. */
    private static String lines(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                out.append(c);
                i++;
                continue;
            }
            boolean newline = false;
            for (; i < text.length() && (Character.isWhitespace(text.charAt(i))
                    || Character.isSpaceChar(text.charAt(i))); i++) {
                newline |= text.charAt(i) == '\n';
            }
            if (!out.isEmpty() && i < text.length()) {
                out.append(newline ? '\n' : ' ');
            }
        }
        return out.toString();
    }
}
