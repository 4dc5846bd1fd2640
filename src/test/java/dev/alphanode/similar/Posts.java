package dev.alphanode.similar;

import dev.alphanode.content.Post;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import dev.alphanode.content.PostDate;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds and edits {@link Post}s for tests; the content hash follows the fields, as a file's hash would. */
final class Posts {

    private Posts() {
    }

    static Post post(String slug, String title, LocalDate date, String topic, List<String> stack, List<String> tools,
                     List<String> tags, String body) {
        return of("posts/" + slug + ".md", slug, title, date, false, Optional.ofNullable(topic), Optional.empty(),
                stack, tools, tags, body);
    }

    static Post of(String sourcePath, String slug, String title, LocalDate date, boolean draft, Optional<String> topic,
                   Optional<String> summary, List<String> stack, List<String> tools, List<String> tags, String body) {
        Map<String, Object> meta = new LinkedHashMap<>();
        topic.ifPresent(value -> meta.put("topic", value));
        meta.put("stack", List.copyOf(stack));
        meta.put("tools", List.copyOf(tools));
        meta.put("tags", List.copyOf(tags));
        String hash = sha256(String.join("\u0000", sourcePath, slug, title, date.toString(), Boolean.toString(draft),
                topic.orElse("-"), summary.orElse("-"), stack.toString(), tools.toString(), tags.toString(), body));
        return new Post(sourcePath, hash, slug, title, PostDate.of(date), Optional.empty(), draft, topic, summary, stack, tools, tags, 1, meta, body);
    }

    static Post withSlug(Post p, String slug) {
        return of(p.sourcePath(), slug, p.title(), p.date().date(), p.draft(), p.topic(), p.summary(), p.stack(), p.tools(),
                p.tags(), p.body());
    }

    static Post copyAs(Post p, String slug, LocalDate date, String extraBody) {
        return of("posts/new/" + slug + ".md", slug, p.title(), date, false, p.topic(), p.summary(), p.stack(),
                p.tools(), p.tags(), p.body() + "\n\n" + extraBody + "\n");
    }

    static Post withTitle(Post p, String title) {
        return of(p.sourcePath(), p.slug(), title, p.date().date(), p.draft(), p.topic(), p.summary(), p.stack(), p.tools(),
                p.tags(), p.body());
    }

    static Post withBody(Post p, String body) {
        return of(p.sourcePath(), p.slug(), p.title(), p.date().date(), p.draft(), p.topic(), p.summary(), p.stack(),
                p.tools(), p.tags(), body);
    }

    static Post withTags(Post p, List<String> tags) {
        return of(p.sourcePath(), p.slug(), p.title(), p.date().date(), p.draft(), p.topic(), p.summary(), p.stack(),
                p.tools(), tags, p.body());
    }

    static Post withTopic(Post p, Optional<String> topic) {
        return of(p.sourcePath(), p.slug(), p.title(), p.date().date(), p.draft(), topic, p.summary(), p.stack(), p.tools(),
                p.tags(), p.body());
    }

    static Post withDate(Post p, LocalDate date) {
        return of(p.sourcePath(), p.slug(), p.title(), date, p.draft(), p.topic(), p.summary(), p.stack(), p.tools(),
                p.tags(), p.body());
    }

    static Post withDraft(Post p, boolean draft) {
        return of(p.sourcePath(), p.slug(), p.title(), p.date().date(), draft, p.topic(), p.summary(), p.stack(), p.tools(),
                p.tags(), p.body());
    }

    static Post withReadingTime(Post p, int minutes) {
        return new Post(p.sourcePath(), sha256(p.contentHash() + minutes), p.slug(), p.title(), p.date(), p.updated(), p.draft(),
                p.topic(), p.summary(), p.stack(), p.tools(), p.tags(), minutes, p.meta(), p.body());
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
