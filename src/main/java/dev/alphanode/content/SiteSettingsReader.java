package dev.alphanode.content;

import dev.alphanode.discovery.Robots;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/** Reads the known, non-empty keys of site.yml over the defaults. */
final class SiteSettingsReader {

    private static final List<String> NAV_KEYS = List.of("title", "url");
    private static final String NAV_EXPECTED = "title: and url: keys";
    private static final String WEIGHT_EXPECTED = "a number from 0 to 100";
    private static final List<String> FEED_CONTENTS = Arrays.stream(SiteSettings.FeedContent.values())
            .map(content -> content.name().toLowerCase(Locale.ROOT)).toList();
    private static final int ROBOTS_DISALLOW_ITEMS = 100;

    private final FieldReader read;
    private final Map<String, Field> fields;

    SiteSettingsReader(FieldReader read, Map<String, Field> fields) {
        this.read = read;
        this.fields = fields;
    }

    SiteSettings settings() {
        SiteSettings defaults = SiteSettings.defaults();
        return new SiteSettings(
                value("title", read::text, defaults.title()),
                value("description", read::text, defaults.description()),
                value("posts_per_page", field -> integer(field, 1, 100), (long) defaults.postsPerPage()).intValue(),
                value("similar_posts", field -> integer(field, 0, 50), (long) defaults.similarPosts()).intValue(),
                value("nav", this::nav, defaults.nav()),
                value("cache_ttl", field -> integer(field, 1, 31_536_000), defaults.cacheTtlSeconds()),
                value("similar_weights", this::weights, Map.of()),
                value("feed_size", field -> integer(field, 1, 100), (long) defaults.feedSize()).intValue(),
                value("feed_content", this::feedContent, defaults.feedContent()),
                value("robots_disallow", this::robotsDisallow, defaults.robotsDisallow()),
                new SiteSettings.Edge(
                        value("edge_max_age", field -> integer(field, 0, 31_536_000), defaults.edge().maxAgeSeconds()),
                        value("edge_stale_while_revalidate", field -> integer(field, 0, 86_400),
                                defaults.edge().staleWhileRevalidateSeconds())));
    }

    private <T> T value(String key, Function<Field, Optional<T>> reader, T fallback) {
        return Optional.ofNullable(fields.get(key)).flatMap(reader).orElse(fallback);
    }

    private Optional<Long> integer(Field field, long min, long max) {
        return read.integer(field.label(), field.value(), field.line(), min, max,
                "a whole number from " + min + " to " + max);
    }

    private Optional<List<SiteSettings.NavItem>> nav(Field field) {
        return read.list(field).map(nodes -> {
            var items = new ArrayList<SiteSettings.NavItem>();
            for (Node node : nodes) {
                navItem(field, node).ifPresent(items::add);
            }
            return items;
        });
    }

    private Optional<SiteSettings.NavItem> navItem(Field nav, Node node) {
        int line = read.lines().line(node);
        if (!(node instanceof MappingNode map)) {
            read.problems().error(line, "'nav' item must be a map, got " + Nodes.describe(node)
                    + " (expected " + NAV_EXPECTED + ")");
            return Optional.empty();
        }
        Map<String, Field> entries = new LinkedHashMap<>();
        for (Field entry : PostMapFields.present(Nodes.fields(map, read.lines()))) {
            if (NAV_KEYS.contains(entry.key())) {
                entries.put(entry.key(), entry);
            } else {
                read.problems().warning(entry.line(), "unknown key " + entry.label() + " in 'nav' item (expected one of "
                        + String.join(", ", NAV_KEYS) + ")");
            }
        }
        Optional<String> title = navText(nav, entries, "title", line);
        Optional<String> url = navText(nav, entries, "url", line).filter(link -> safeLink(link, entries.get("url")));
        return title.flatMap(t -> url.map(u -> new SiteSettings.NavItem(t, u)));
    }

    private Optional<String> navText(Field nav, Map<String, Field> entries, String key, int itemLine) {
        Field entry = entries.get(key);
        if (entry == null) {
            read.problems().error(itemLine, "'nav' item has no " + Nodes.quote(key) + " (expected " + NAV_EXPECTED + ")");
            return Optional.empty();
        }
        return read.nonEmptyText(PostMapFields.nested(nav, entry), entry.value(), entry.line());
    }

    private boolean safeLink(String link, Field entry) {
        if (Links.isSafe(link)) {
            return true;
        }
        read.problems().error(entry.line(), "invalid nav url " + Nodes.quote(link) + " (expected " + Links.EXPECTED + ")");
        return false;
    }

    private Optional<Map<String, Double>> weights(Field field) {
        return read.map(field, "keys " + String.join(", ", SiteSettings.DEFAULT_SIMILAR_WEIGHTS.keySet())).map(entries -> {
            var weights = new LinkedHashMap<String, Double>();
            for (Field entry : PostMapFields.present(entries)) {
                weight(entry).ifPresent(value -> weights.put(entry.key(), value));
            }
            return weights;
        });
    }

    private Optional<Double> weight(Field entry) {
        if (!SiteSettings.DEFAULT_SIMILAR_WEIGHTS.containsKey(entry.key())) {
            read.problems().warning(entry.line(), "unknown key " + entry.label() + " in 'similar_weights' (expected one of "
                    + String.join(", ", SiteSettings.DEFAULT_SIMILAR_WEIGHTS.keySet()) + ")");
            return Optional.empty();
        }
        return read.number("similar_weights " + entry.label(), entry.value(), entry.line(), 0, 100, WEIGHT_EXPECTED);
    }

    private Optional<SiteSettings.FeedContent> feedContent(Field field) {
        return read.text(field).flatMap(value -> {
            int index = FEED_CONTENTS.indexOf(value);
            if (index < 0) {
                read.problems().error(field.line(), "invalid feed_content " + Nodes.quote(value)
                        + " (expected one of " + String.join(", ", FEED_CONTENTS) + ")");
                return Optional.empty();
            }
            return Optional.of(SiteSettings.FeedContent.values()[index]);
        });
    }

    /** A bad item is reported at its own line and left out; empty items are left out, as in other lists. */
    private Optional<List<String>> robotsDisallow(Field field) {
        return read.list(field, ROBOTS_DISALLOW_ITEMS).map(nodes -> {
            var paths = new ArrayList<String>();
            String label = field.label() + " item";
            for (Node node : nodes) {
                int line = read.lines().line(node);
                if (!Nodes.isNull(node)) {
                    read.text(label, node, line).flatMap(path -> robotsPath(path, line)).ifPresent(paths::add);
                }
            }
            return paths;
        });
    }

    private Optional<String> robotsPath(String path, int line) {
        try {
            return Optional.of(Robots.requirePath(path));
        } catch (IllegalArgumentException e) {
            read.problems().error(line, e.getMessage());
            return Optional.empty();
        }
    }
}
