package dev.alphanode.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/** Parses and validates {@code content/site.yml}. Thread-safe. */
public final class SiteSettingsParser {

    static final List<String> KEYS = List.of("title", "description", "posts_per_page", "similar_posts", "nav",
            "cache_ttl", "similar_weights", "feed_size", "feed_content", "robots_disallow", "edge_max_age",
            "edge_stale_while_revalidate");

    private final YamlComposer composer = new YamlComposer();

    /** The settings are present iff no problem is an error. */
    public record SiteSettingsResult(Optional<SiteSettings> settings, List<ContentProblem> problems) {

        public SiteSettingsResult {
            settings = Objects.requireNonNull(settings, "settings");
            problems = List.copyOf(problems);
        }
    }

    /** {@code relativePath} names the file in problems, e.g. {@code site.yml}. */
    public SiteSettingsResult parse(String relativePath, byte[] bytes) {
        var problems = new Problems(relativePath);
        Optional<String> text = Utf8.decode(bytes);
        if (text.isEmpty()) {
            problems.error(Utf8.lineOfFirstInvalidByte(bytes), "invalid UTF-8 byte sequence (expected UTF-8 text)");
            return new SiteSettingsResult(Optional.empty(), problems.sorted());
        }
        LineMap lines = LineMap.of(text.get(), 1);
        Optional<SiteSettings> settings = composer.compose(text.get(), lines, problems, "valid YAML")
                .flatMap(root -> read(root, new FieldReader(problems, lines)));
        return new SiteSettingsResult(problems.hasErrors() ? Optional.empty() : settings, problems.sorted());
    }

    private Optional<SiteSettings> read(Node root, FieldReader read) {
        if (!(root instanceof MappingNode map)) {
            read.problems().error(1, "site settings are not a mapping (expected key: value lines)");
            return Optional.empty();
        }
        Map<String, Field> fields = new LinkedHashMap<>();
        for (Field field : Nodes.fields(map, read.lines())) {
            if (!KEYS.contains(field.key())) {
                read.problems().warning(field.line(), "unknown key " + field.label()
                        + " (expected one of " + String.join(", ", KEYS) + ")");
            } else if (!field.isNull()) {
                fields.put(field.key(), field);
            }
        }
        return Optional.of(new SiteSettingsReader(read, fields).settings());
    }
}
