package dev.alphanode.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alphanode.TestSite;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The limits end to end, on a real site (real H2, real HTTP): whatever they allow is stored and
 * served; a file over one is a content error on /healthz while its last good version stays served.
 */
class ContentLimitsSiteTest {
    private static final String DATE = "date: 2025-01-01\n";

    @TempDir
    Path root;

    @Test
    void posts_at_every_limit_are_stored_and_served() throws Exception {
        try (TestSite site = new TestSite(root)) {
            atTheLimits().forEach((path, text) -> write(site, path, text));
            site.start();

            assertThat(site.get("/healthz").body()).contains("\"contentErrors\":[]");
            HttpResponse<String> fields = site.get("/posts/fields");
            assertThat(fields.statusCode()).isEqualTo(200);
            assertThat(fields.body()).contains("T".repeat(2000), "P".repeat(2000), "S".repeat(100_000),
                    "t99-" + "g".repeat(1995), "b".repeat(1_000_000));
            assertThat(site.get("/tags/t99-" + "g".repeat(96)).statusCode()).isEqualTo(200);
            assertThat(site.get("/posts/front").body()).contains("f".repeat(999_970));
            assertThat(site.get("/posts/json").body()).contains("j".repeat(499_984));
            assertThat(site.get("/posts/file").body()).contains("€".repeat(1000), "last words");
        }
    }

    @Test
    void a_burst_with_a_file_over_each_limit_keeps_their_good_versions_and_imports_the_rest() throws Exception {
        try (TestSite site = new TestSite(root)) {
            Map<String, String> over = overTheLimits();
            over.keySet().forEach(path -> write(site, path, "---\ntitle: good version\n" + DATE + "---\nGood.\n"));
            site.start();
            over.forEach((path, text) -> write(site, path, text));
            write(site, "posts/fresh.md", "---\ntitle: fresh post\n" + DATE + "---\nNew.\n");

            site.app().sync();

            String health = site.get("/healthz").body();
            assertThat(health).contains(
                    "posts/title.md:2: 'title' is 2001 characters (expected at most 2000 characters)",
                    "posts/topic.md:4: 'topic' is 2001 characters (expected at most 2000 characters)",
                    "posts/summary.md:4: 'summary' is 100001 characters (expected at most 100000 characters)",
                    "posts/tag.md:5: 'tags' item is 2001 characters (expected at most 2000 characters)",
                    "posts/tags.md:4: 'tags' has 101 items (expected at most 100 items)",
                    "posts/body.md:5: body is 1000001 characters (expected at most 1000000 characters)",
                    "posts/front.md:1: front matter is 1000001 characters (expected at most 1000000 characters)",
                    "posts/json.md:1: front matter stored as JSON is 1000008 characters (expected at most 1000000 characters)",
                    "posts/file.md:1: file is 4194305 bytes (expected at most 4194304 bytes");
            for (String path : over.keySet()) {
                String slug = path.substring("posts/".length(), path.length() - ".md".length());
                assertThat(site.get("/posts/" + slug).body()).as(slug).contains("good version");
            }
            assertThat(site.get("/posts/fresh").body()).contains("fresh post");
        }
    }

    private static Map<String, String> atTheLimits() {
        Map<String, String> posts = new TreeMap<>();
        String tags = IntStream.range(0, 100).mapToObj(i -> "  - " + name("t" + i + "-", 'g'))
                .collect(Collectors.joining("\n", "tags:\n", "\n"));
        posts.put("posts/fields.md", "---\ntitle: " + "T".repeat(2000) + "\n" + DATE + "topic: " + "P".repeat(2000)
                + "\nsummary: " + "S".repeat(100_000) + "\n" + tags + "---\n" + "b".repeat(1_000_000));
        posts.put("posts/front.md", "---\ntitle: T\n" + DATE + "x: " + "f".repeat(999_970) + "\n---\nBody.\n");
        posts.put("posts/json.md", "---\ntitle: T\n" + DATE + "a: &big " + "j".repeat(499_984) + "\nb: *big\n---\nBody.\n");
        posts.put("posts/file.md", fileOf(4 * 1024 * 1024));
        return posts;
    }

    private static Map<String, String> overTheLimits() {
        Map<String, String> posts = new TreeMap<>();
        posts.put("posts/title.md", "---\ntitle: " + "T".repeat(2001) + "\n" + DATE + "---\nBad.\n");
        posts.put("posts/topic.md", "---\ntitle: T\n" + DATE + "topic: " + "P".repeat(2001) + "\n---\nBad.\n");
        posts.put("posts/summary.md", "---\ntitle: T\n" + DATE + "summary: " + "S".repeat(100_001) + "\n---\nBad.\n");
        posts.put("posts/tag.md", "---\ntitle: T\n" + DATE + "tags:\n  - " + "g".repeat(2001) + "\n---\nBad.\n");
        posts.put("posts/tags.md", "---\ntitle: T\n" + DATE + "tags: " + IntStream.range(0, 101).mapToObj(i -> "t" + i)
                .collect(Collectors.joining(", ", "[", "]")) + "\n---\nBad.\n");
        posts.put("posts/body.md", "---\ntitle: T\n" + DATE + "---\n" + "b".repeat(1_000_001));
        posts.put("posts/front.md", "---\ntitle: T\n" + DATE + "x: " + "f".repeat(999_971) + "\n---\nBad.\n");
        posts.put("posts/json.md", "---\ntitle: T\n" + DATE + "a: &big " + "j".repeat(499_984) + "\nb: *big\nc: x\n---\nBad.\n");
        posts.put("posts/file.md", fileOf(4 * 1024 * 1024 + 1));
        return posts;
    }

    /** A valid post of exactly {@code bytes} UTF-8 bytes: 3-byte characters fill it within the body limit. */
    private static String fileOf(int bytes) {
        String header = "---\ntitle: T\n" + DATE + "padding: " + "€".repeat(400_000) + "\n---\n";
        int left = bytes - header.getBytes(StandardCharsets.UTF_8).length - "last words".length();
        return header + "€".repeat(left / 3) + "a".repeat(left % 3) + "last words";
    }

    private static String name(String prefix, char filler) {
        return prefix + String.valueOf(filler).repeat(2000 - prefix.length());
    }

    private static void write(TestSite site, String path, String text) {
        try {
            Files.writeString(site.contentDir.resolve(path), text, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
