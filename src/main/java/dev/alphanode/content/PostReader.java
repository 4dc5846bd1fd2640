package dev.alphanode.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.yaml.snakeyaml.nodes.MappingNode;

/** Reads the fields of one post's front matter into a {@link Post}, recording every problem. */
final class PostReader {

    static final List<String> DIFFICULTIES = List.of("beginner", "intermediate", "advanced");
    private static final Set<String> KEYS = Set.of("title", "date", "slug", "draft", "topic", "summary",
            "outline", "brief", "stack", "tools", "tags", "code_language", "difficulty", "reading_time",
            "view_count", "score", "revision", "reference", "hash", "flags", "checklist", "entities", "images",
            "payload", "notes");
    private static final List<String> UPDATED_KEYS = List.of("lastmod", "last_modified_at", "updated");
    private static final String SLUG_EXPECTED = "1-100 characters from a-z, 0-9 and '-'";
    private static final int WORDS_PER_MINUTE = 200;

    private final String path;
    private final String body;
    private final FieldReader read;
    private final PostMapFields maps;
    private final PostListFields lists;
    private final Optional<java.time.Instant> modified;
    private final Map<String, Field> fields = new LinkedHashMap<>();
    private List<OldPaths.Claim> oldPaths = List.of();

    PostReader(String path, MappingNode root, String body, FieldReader read, Optional<java.time.Instant> modified) {
        this.path = path;
        this.modified = modified;
        this.body = body;
        this.read = read;
        this.maps = new PostMapFields(read);
        this.lists = new PostListFields(read);
        Nodes.fields(root, read.lines()).forEach(field -> fields.put(field.key(), field));
    }

    /** The post, or empty when any error was found. */
    Optional<Post> read(String contentHash) {
        Optional<String> title = required("title", "a non-empty string")
                .flatMap(field -> read.nonEmptyText(field.label(), field.value(), field.line())
                        .flatMap(text -> read.withinLength(field.label(), text, field.line(), ContentLimits.NAME_CHARS)));
        Optional<PostDate> date = date();
        Optional<PostDate> updated = updated();
        Optional<String> slug = slug();
        boolean draft = present("draft").flatMap(read::bool).orElse(false) || unpublished() || PostFileNames.isJekyllDraft(path);
        Map<String, Object> meta = meta();
        Optional<Permalinks.Values> values = slug.flatMap(own -> date.map(at -> new Permalinks.Values(path, own, at,
                EngineFields.categories(meta))));
        oldPaths = slug.map(own -> OldPaths.read(fields, read, Optional.of(own), values)).orElse(List.of());
        if (!read.problems().hasErrors()) {
            int stored = MetaJson.length(meta);
            if (stored > ContentLimits.META_JSON_CHARS) {
                read.problems().error(1, ContentLimits.tooLong("front matter stored as JSON", stored,
                        ContentLimits.META_JSON_CHARS));
            }
        }
        if (read.problems().hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new Post(path, contentHash, slug.orElseThrow(), title.orElseThrow(), date.orElseThrow(),
                updated, draft, text(meta, "topic"), text(meta, "summary").or(this::description), texts(meta, "stack"),
                texts(meta, "tools"), texts(meta, "tags"), ((Long) meta.get("reading_time")).intValue(), meta, body));
    }

    /** The old paths the post claims (read by {@link #read}). */
    List<OldPaths.Claim> oldPaths() {
        return oldPaths;
    }

    /** Whether the file is a redirect stub rather than a post ({@link OldPaths#isStub}). */
    boolean isStub() {
        return OldPaths.isStub(fields);
    }

    /** The redirect stub, or empty when any error was found. */
    Optional<RedirectStub> stub(String contentHash) {
        oldPaths = OldPaths.stubClaims(path, fields, read);
        return OldPaths.stub(path, contentHash, fields, read, oldPaths);
    }

    /**
     * {@code date}, or else the date of a {@code YYYY-MM-DD-} file name (Jekyll's), or else, for a
     * Jekyll {@code _drafts/} post, the file's modification time in UTC (as Jekyll dates drafts).
     */
    private Optional<PostDate> date() {
        if (fields.containsKey("date")) {
            Field field = fields.get("date");
            return read.date(field.label(), field.value(), field.line());
        }
        Optional<PostDate> named = Dates.fromName(PostFileNames.postName(path)).map(prefixed -> PostDate.of(prefixed.date()))
                .or(() -> modified.filter(at -> PostFileNames.isJekyllDraft(path)).map(PostDate::modifiedAt));
        if (named.isEmpty()) {
            read.problems().error(1, "missing required field 'date' (expected " + Dates.EXPECTED
                    + ", or a file name starting with a date: YYYY-MM-DD-slug.md)");
        }
        return named;
    }

    /** The first of {@code lastmod} (Hugo), {@code last_modified_at} (Jekyll), {@code updated} (Zola); a bad one is a warning. */
    private Optional<PostDate> updated() {
        return UPDATED_KEYS.stream().flatMap(key -> present(key).stream()).findFirst()
                .flatMap(field -> read.date(field.label(), field.value(), field.line(), false));
    }

    int slugLine() {
        return present("slug").map(Field::line).orElse(1);
    }

    private Map<String, Object> meta() {
        var meta = new LinkedHashMap<String, Object>();
        put(meta, "topic", field -> limitedText(field, ContentLimits.NAME_CHARS));
        put(meta, "summary", field -> limitedText(field, ContentLimits.SUMMARY_CHARS));
        put(meta, "outline", maps::outline);
        put(meta, "brief", this::optionalText);
        put(meta, "stack", this::termList);
        put(meta, "tools", this::termList);
        put(meta, "tags", this::tags);
        put(meta, "code_language", this::optionalText);
        put(meta, "difficulty", this::difficulty);
        meta.put("reading_time", readingTime());
        put(meta, "view_count", field -> read.integer(field.label(), field.value(), field.line(), 0, Long.MAX_VALUE,
                "a whole number >= 0"));
        put(meta, "score", maps::score);
        put(meta, "revision", maps::revision);
        put(meta, "reference", this::optionalText);
        put(meta, "hash", this::optionalText);
        put(meta, "flags", maps::flags);
        put(meta, "checklist", this::textList);
        put(meta, "entities", lists::entities);
        put(meta, "images", lists::images);
        put(meta, "payload", maps::payload);
        put(meta, "notes", this::textList);
        putUnknown(meta);
        return meta;
    }

    private void put(Map<String, Object> meta, String key, Function<Field, Optional<?>> reader) {
        present(key).flatMap(reader).ifPresent(value -> meta.put(key, value));
    }

    /** Engine keys and unknown keys in file order; {@code categories}/{@code category} read as term lists in place. */
    private void putUnknown(Map<String, Object> meta) {
        fields.values().stream()
                .filter(field -> !KEYS.contains(field.key()) && !field.isNull())
                .forEach(field -> {
                    Optional<?> terms = EngineFields.CATEGORY_KEYS.contains(field.key()) ? categories(field) : Optional.empty();
                    meta.put(field.key(), terms.isPresent() ? terms.get() : YamlValues.plain(field.value(), read.lines()));
                });
    }

    /**
     * Jekyll's {@code categories} (a list, or one text of space-separated names) and {@code category}
     * (one name, as Jekyll reads it); any other shape is kept as written and lists no category.
     */
    private Optional<?> categories(Field field) {
        if (Nodes.isScalar(field.value())) {
            return field.key().equals("category")
                    ? read.withinLength(field.label(), Nodes.text(field.value()).strip(), field.line(), ContentLimits.NAME_CHARS)
                            .filter(name -> !name.isEmpty()).map(List::of)
                    : read.words(field, ContentLimits.TERMS_PER_LIST, ContentLimits.NAME_CHARS);
        }
        if (field.value() instanceof org.yaml.snakeyaml.nodes.SequenceNode list
                && list.getValue().stream().allMatch(Nodes::isScalar)) {
            return termList(field);
        }
        return Optional.empty();
    }

    /** Jekyll's {@code published: false}; any other value is only shown, as Jekyll publishes it. */
    private boolean unpublished() {
        return present("published").flatMap(field -> YamlValues.bool(field.value())).map(published -> !published)
                .orElse(false);
    }

    /** Hugo's and Jekyll's {@code description} stands in for a missing summary when it could be one. */
    private Optional<String> description() {
        return present("description").map(Field::value).filter(Nodes::isScalar).map(Nodes::text)
                .filter(text -> !text.isBlank() && text.length() <= ContentLimits.SUMMARY_CHARS);
    }

    private Optional<String> slug() {
        Optional<Field> field = present("slug");
        if (field.isEmpty()) {
            return derivedSlug();
        }
        Optional<String> slug = read.text(field.get());
        if (slug.isPresent() && !Slugs.isValid(slug.get())) {
            read.problems().error(field.get().line(), "invalid slug " + Nodes.quote(slug.get())
                    + " (expected " + SLUG_EXPECTED + ")");
            return Optional.empty();
        }
        return slug;
    }

    private Optional<String> derivedSlug() {
        String fileName = path.substring(path.lastIndexOf('/') + 1);
        String name = PostFileNames.postName(path);
        String slug = Dates.fromName(name).map(prefixed -> Slugs.slugify(prefixed.rest())).filter(rest -> !rest.isEmpty())
                .orElseGet(() -> Slugs.slugify(name));
        if (slug.isEmpty()) {
            read.problems().error(1, "file name " + Nodes.quote(fileName)
                    + " gives an empty slug (expected a 'slug' field, or letters or digits in the file name)");
            return Optional.empty();
        }
        return Optional.of(slug);
    }

    private Optional<?> difficulty(Field field) {
        return read.text(field).filter(value -> {
            boolean known = DIFFICULTIES.contains(value);
            if (!known) {
                read.problems().error(field.line(), "invalid difficulty " + Nodes.quote(value)
                        + " (expected one of " + String.join(", ", DIFFICULTIES) + ")");
            }
            return known;
        });
    }

    private Long readingTime() {
        return present("reading_time")
                .flatMap(field -> read.integer(field.label(), field.value(), field.line(), 1, 1000,
                        "a whole number from 1 to 1000"))
                .orElseGet(this::computedReadingTime);
    }

    private long computedReadingTime() {
        String text = body.strip();
        long words = text.isEmpty() ? 0 : text.split("\\s+").length;
        return Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
    }

    /** Blank text counts as absent, like an empty value. */
    private Optional<?> optionalText(Field field) {
        return read.text(field).filter(text -> !text.isBlank());
    }

    private Optional<?> limitedText(Field field, int maxChars) {
        return read.text(field).filter(text -> !text.isBlank())
                .flatMap(text -> read.withinLength(field.label(), text, field.line(), maxChars));
    }

    /** A list, or as Jekyll allows, one text of space-separated tags. */
    private Optional<?> tags(Field field) {
        if (Nodes.isScalar(field.value())) {
            return read.words(field, ContentLimits.TERMS_PER_LIST, ContentLimits.NAME_CHARS);
        }
        return termList(field);
    }

    private Optional<?> termList(Field field) {
        return read.textList(field, ContentLimits.TERMS_PER_LIST, ContentLimits.NAME_CHARS);
    }

    private Optional<?> textList(Field field) {
        return read.textList(field, ContentLimits.ITEMS_PER_LIST, Integer.MAX_VALUE);
    }

    private Optional<Field> required(String key, String expected) {
        Field field = fields.get(key);
        if (field == null) {
            read.problems().error(1, "missing required field " + Nodes.quote(key) + " (expected " + expected + ")");
        }
        return Optional.ofNullable(field);
    }

    /** The field when it is there with a non-null value. */
    private Optional<Field> present(String key) {
        return Optional.ofNullable(fields.get(key)).filter(field -> !field.isNull());
    }

    private static Optional<String> text(Map<String, Object> meta, String key) {
        return Optional.ofNullable((String) meta.get(key));
    }

    private static List<String> texts(Map<String, Object> meta, String key) {
        Object value = meta.get(key);
        return value == null ? List.of() : ((List<?>) value).stream().map(String.class::cast).toList();
    }
}
