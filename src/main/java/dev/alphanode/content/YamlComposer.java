package dev.alphanode.content;

import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Composes YAML into a node tree without constructing any object, so no type named in the file is
 * ever instantiated and raw scalar text stays visible. Thread-safe: the options and the resolver
 * (whose tables are only read once built) are made once; a parser and composer per call, which is
 * all of {@code Yaml.compose} (a whole {@code Yaml} per file was 3 % of the parse CPU of 20,000 posts).
 */
final class YamlComposer {

    private final LoaderOptions options = loaderOptions();
    private final Resolver resolver = new Resolver();

    /**
     * The root node (an empty mapping for an empty document), or empty when the text is not YAML
     * we can walk; problems go to {@code problems}.
     */
    Optional<Node> compose(String yaml, LineMap lines, Problems problems, String expected) {
        Node root;
        try {
            root = new Composer(new ParserImpl(new StreamReader(yaml), options), resolver, options).getSingleNode();
        } catch (MarkedYAMLException e) {
            if (endsTooSoon(e)) {
                // The end of the block says nothing; the quote or bracket left open is where to look.
                problems.error(lines.line(e.getContextMark()), invalidYaml(e.getContext() + ", " + e.getProblem(), expected));
            } else {
                problems.error(lines.line(markOf(e)), invalidYaml(e.getProblem(), expected));
            }
            return Optional.empty();
        } catch (YAMLException e) {
            problems.error(lines.firstLine(), invalidYaml(e.getMessage(), expected));
            return Optional.empty();
        }
        if (root == null) {
            return Optional.of(new MappingNode(Tag.MAP, List.of(), DumperOptions.FlowStyle.BLOCK));
        }
        return new YamlTreeCheck(lines, problems).check(root) ? Optional.of(root) : Optional.empty();
    }

    /** A quoted text, flow list or flow map still open when the front matter ends. */
    private static boolean endsTooSoon(MarkedYAMLException e) {
        return e.getContextMark() != null && e.getContext() != null && e.getProblem() != null
                && (e.getProblem().contains("end of stream") || e.getProblem().contains("<stream end>"));
    }

    private static org.yaml.snakeyaml.error.Mark markOf(MarkedYAMLException e) {
        return e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
    }

    private static String invalidYaml(String problem, String expected) {
        String text = problem == null ? "unreadable document" : problem.replaceAll("\\s+", " ").strip();
        return "invalid YAML: " + text + " (expected " + expected + ")";
    }

    private static LoaderOptions loaderOptions() {
        var options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(40);
        options.setCodePointLimit(1024 * 1024);
        options.setMergeOnCompose(false);
        // Composing never instantiates tagged types; YamlTreeCheck reports every non-standard tag.
        options.setTagInspector(tag -> true);
        return options;
    }
}
