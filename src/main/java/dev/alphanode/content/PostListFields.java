package dev.alphanode.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/** The list-of-map post fields: entities and images. */
final class PostListFields {

    private static final Set<String> IMAGE_TEXT_KEYS = Set.of("source", "url", "caption");

    private final FieldReader read;

    PostListFields(FieldReader read) {
        this.read = read;
    }

    Optional<Object> entities(Field field) {
        return itemMaps(field, "name: and type: keys").map(items -> {
            var entities = new ArrayList<Object>();
            for (ItemMap item : items) {
                var entity = new LinkedHashMap<String, Object>();
                requireName(field, item);
                for (Field entry : item.entries()) {
                    putEntry(field, entry, entity, entry.key().equals("name") || entry.key().equals("type"));
                }
                entities.add(entity);
            }
            return entities;
        });
    }

    /** Maps of source, url and caption, or (as Hugo and Jekyll write them) plain image urls kept as text. */
    Optional<Object> images(Field field) {
        return read.list(field, ContentLimits.ITEMS_PER_LIST).map(nodes -> {
            var images = new ArrayList<Object>();
            for (Node node : nodes) {
                int line = read.lines().line(node);
                if (node instanceof MappingNode map) {
                    images.add(image(field, new ItemMap(line, PostMapFields.present(Nodes.fields(map, read.lines())))));
                } else if (Nodes.isScalar(node) && !Nodes.isNull(node)) {
                    imageUrl(Nodes.text(node), line).ifPresent(images::add);
                } else if (!Nodes.isNull(node)) {
                    read.problems().error(line, field.label() + " item must be a map or text, got "
                            + Nodes.describe(node) + " (expected an image url, or source, url and caption keys)");
                }
            }
            return images;
        });
    }

    private Map<String, Object> image(Field field, ItemMap item) {
        var image = new LinkedHashMap<String, Object>();
        for (Field entry : item.entries()) {
            putEntry(field, entry, image, IMAGE_TEXT_KEYS.contains(entry.key()));
        }
        checkUrl(image, item);
        return image;
    }

    private Optional<String> imageUrl(String url, int line) {
        if (!Links.isSafeOrRelative(url)) {
            read.problems().error(line, "invalid image url " + Nodes.quote(url) + " (expected " + Links.OR_RELATIVE_EXPECTED
                    + ")");
            return Optional.empty();
        }
        return Optional.of(url);
    }

    private void requireName(Field field, ItemMap item) {
        Optional<Field> name = item.entries().stream().filter(entry -> entry.key().equals("name")).findFirst();
        if (name.isEmpty()) {
            read.problems().error(item.line(), field.label() + " item has no 'name' (expected a non-empty string)");
        } else if (Nodes.isScalar(name.get().value())) {
            read.nonEmptyText(PostMapFields.nested(field, name.get()), name.get().value(), name.get().line());
        }
    }

    private void checkUrl(LinkedHashMap<String, Object> image, ItemMap item) {
        if (image.get("url") instanceof String url && !Links.isSafe(url)) {
            int line = item.entries().stream().filter(entry -> entry.key().equals("url")).findFirst().orElseThrow().line();
            read.problems().error(line, "invalid image url " + Nodes.quote(url) + " (expected " + Links.EXPECTED + ")");
        }
    }

    /** Text keys keep the text as written; other keys keep any plain value. */
    private void putEntry(Field field, Field entry, LinkedHashMap<String, Object> target, boolean isText) {
        if (isText) {
            read.text(PostMapFields.nested(field, entry), entry.value(), entry.line())
                    .ifPresent(text -> target.put(entry.key(), text));
        } else {
            target.put(entry.key(), YamlValues.plain(entry.value(), read.lines()));
        }
    }

    private Optional<List<ItemMap>> itemMaps(Field field, String expected) {
        return read.list(field, ContentLimits.ITEMS_PER_LIST).map(nodes -> {
            var items = new ArrayList<ItemMap>();
            for (Node node : nodes) {
                if (node instanceof MappingNode map) {
                    items.add(new ItemMap(read.lines().line(node), PostMapFields.present(Nodes.fields(map, read.lines()))));
                } else if (!Nodes.isNull(node)) {
                    read.problems().error(read.lines().line(node), field.label() + " item must be a map, got "
                            + Nodes.describe(node) + " (expected " + expected + ")");
                }
            }
            return items;
        });
    }

    private record ItemMap(int line, List<Field> entries) {
    }
}
