package dev.alphanode.generate;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The pools the generator draws from, read from {@code generate/words.yml}. Picks are indexes into these
 * lists, so their order is part of the deterministic output.
 */
record Words(List<Topic> topics, List<TechStack> stacks, List<String> scenarios, List<String> titlePatterns,
             List<String> tags, List<List<String>> checklists, List<String> actions, List<String> difficulties,
             List<String> revisionStatuses, List<String> noise, List<String> notes, String summary,
             String brief, String generatorName, Prose prose) {

    static final String RESOURCE = "/generate/words.yml";

    /** Strict, so a misspelt or missing key in the file fails at the first generate rather than shifting output. */
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
            .build();

    Words {
        topics = pool("topics", topics);
        stacks = pool("stacks", stacks);
        scenarios = pool("scenarios", scenarios);
        titlePatterns = pool("title_patterns", titlePatterns);
        tags = pool("tags", tags);
        checklists = pool("checklists", checklists.stream().map(List::copyOf).toList());
        actions = pool("actions", actions);
        difficulties = pool("difficulties", difficulties);
        revisionStatuses = pool("revision_statuses", revisionStatuses);
        noise = pool("noise", noise);
        notes = List.copyOf(notes);
    }

    /** A pick from an empty pool would fail in the middle of a run, so an empty pool fails at load. */
    private static <T> List<T> pool(String name, List<T> items) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException(RESOURCE + ": '" + name + "' is empty (expected at least one item)");
        }
        return List.copyOf(items);
    }

    /** The pools shipped in the jar; a broken file is a bug of the build, not of the user's input. */
    static Words load() {
        try (InputStream in = Words.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            Object tree = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            return MAPPER.convertValue(tree, Words.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
