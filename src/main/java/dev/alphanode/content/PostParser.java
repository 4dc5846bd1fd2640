package dev.alphanode.content;

import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/** Parses and validates one post file (front matter + Markdown). Thread-safe. */
public final class PostParser {

    private final YamlComposer yaml = new YamlComposer();
    private final TomlComposer toml = new TomlComposer();

    /** A file as {@link ContentFiles#readPost} read it: a refused file fails with its refusal. */
    public ParseResult parse(PostSource source) {
        if (source.refusal().isPresent()) {
            return new ParseResult(Optional.empty(), List.of(source.refusal().get()), 1);
        }
        return parse(source.relativePath(), source.bytes(), source.modified());
    }

    /** {@code relativePath} is the file's path relative to the content folder, e.g. {@code posts/a.md}. */
    public ParseResult parse(String relativePath, byte[] bytes) {
        return parse(relativePath, bytes, Optional.empty());
    }

    /** As {@link #parse(String, byte[])}, with the file's modification time (a dateless Jekyll draft's date). */
    public ParseResult parse(String relativePath, byte[] bytes, Optional<java.time.Instant> modified) {
        Optional<ContentProblem> tooLarge = ContentLimits.fileTooLarge(relativePath, bytes.length);
        if (tooLarge.isPresent()) {
            return new ParseResult(Optional.empty(), List.of(tooLarge.get()), 1);
        }
        var problems = new Problems(relativePath);
        if (relativePath.length() > ContentLimits.PATH_CHARS) {
            problems.error(1, ContentLimits.tooLong("path", relativePath.length(), ContentLimits.PATH_CHARS));
        }
        Optional<String> text = Utf8.decode(bytes);
        if (text.isEmpty()) {
            problems.error(Utf8.lineOfFirstInvalidByte(bytes), "invalid UTF-8 byte sequence (expected UTF-8 text)");
            return new ParseResult(Optional.empty(), problems.sorted(), 1);
        }
        Optional<PostReader> reader = FrontMatter.split(text.get(), problems)
                .flatMap(frontMatter -> reader(relativePath, frontMatter, problems, modified));
        if (reader.isPresent() && reader.get().isStub()) {
            Optional<RedirectStub> stub = reader.get().stub(ContentFiles.sha256Hex(bytes));
            return new ParseResult(Optional.empty(), problems.sorted(), 1,
                    stub.isPresent() ? reader.get().oldPaths() : List.of(), stub);
        }
        Optional<Post> post = reader.flatMap(r -> r.read(ContentFiles.sha256Hex(bytes)));
        int slugLine = reader.map(PostReader::slugLine).orElse(1);
        List<OldPaths.Claim> oldPaths = post.isPresent() && !post.get().draft()
                ? reader.get().oldPaths() : List.of();
        return new ParseResult(post, problems.sorted(), slugLine, oldPaths, Optional.empty());
    }

    private Optional<PostReader> reader(String relativePath, FrontMatter frontMatter, Problems problems,
                                        Optional<java.time.Instant> modified) {
        if (frontMatter.body().length() > ContentLimits.BODY_CHARS) {
            problems.error(frontMatter.bodyLine(), ContentLimits.tooLong("body", frontMatter.body().length(),
                    ContentLimits.BODY_CHARS));
        }
        ContentLimits.tooDeep(frontMatter.body()).ifPresent(deep -> problems.error(frontMatter.bodyLine() + deep.line(),
                "blockquotes and lists are nested " + deep.depth() + " levels deep (expected at most "
                        + ContentLimits.NESTING_DEPTH + " levels)"));
        String text = frontMatter.text();
        if (text.length() > ContentLimits.FRONT_MATTER_CHARS) {
            problems.error(1, ContentLimits.tooLong("front matter", text.length(), ContentLimits.FRONT_MATTER_CHARS));
            return Optional.empty();
        }
        LineMap lines;
        Optional<Node> root;
        if (frontMatter.format() == FrontMatter.Format.TOML) {
            lines = LineMap.ofFileLines(text, frontMatter.firstLine());
            root = toml.compose(text, lines, problems, "valid TOML front matter");
        } else {
            lines = LineMap.of(text, frontMatter.firstLine());
            root = yaml.compose(text, lines, problems, "valid YAML front matter");
        }
        if (root.isPresent() && !(root.get() instanceof MappingNode)) {
            problems.error(frontMatter.firstLine(), "front matter is not a mapping (expected key: value lines)");
            return Optional.empty();
        }
        return root.map(node -> new PostReader(relativePath, (MappingNode) node, frontMatter.body(),
                new FieldReader(problems, lines), modified));
    }
}
