package dev.alphanode.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A small blog written the way Hugo writes posts (TOML between '+++'), read as it is. */
class HugoTomlCorpusTest {

    private record Expected(String path, String slug, String title, LocalDate date, boolean draft) {
    }

    private static final List<Expected> POSTS = List.of(
            new Expected("posts/blank-lines-first.md", "blank-lines-first", "Blank lines before the front matter",
                    LocalDate.of(2020, 2, 29), false),
            new Expected("posts/bom-post.md", "bom-post", "Saved by a Windows editor", LocalDate.of(2020, 12, 31), false),
            new Expected("posts/custom-slug.md", "moving-to-static-sites", "Why I moved to \"static\" sites",
                    LocalDate.of(2022, 11, 20), false),
            new Expected("posts/dotted-keys.md", "dotted-keys", "Dotted keys and inline tables",
                    LocalDate.of(2024, 3, 15), false),
            new Expected("posts/draft-ideas.md", "draft-ideas", "Ideas for later", LocalDate.of(2023, 9, 15), true),
            new Expected("posts/first-post.md", "first-post", "My First Post", LocalDate.of(2023, 5, 6), false),
            new Expected("posts/go/error-wrapping.md", "error-wrapping", "Error wrapping in Go 1.13+",
                    LocalDate.of(2023, 8, 1), false),
            new Expected("posts/go/generics.md", "generics", "Generics, two years on", LocalDate.of(2024, 4, 1), false),
            new Expected("posts/go/goroutines-and-channels.md", "goroutines-and-channels", "Goroutines and Channels",
                    LocalDate.of(2023, 6, 12), false),
            new Expected("posts/local-datetime.md", "local-datetime", "A local date-time", LocalDate.of(2021, 3, 4), false),
            new Expected("posts/shortcodes.md", "shortcodes", "Posts with shortcodes", LocalDate.of(2024, 2, 10), false),
            new Expected("posts/unpublished.markdown", "unpublished", "Written in a .markdown file",
                    LocalDate.of(2019, 7, 8), true),
            new Expected("posts/with-params.md", "with-params", "Custom front matter params", LocalDate.of(2024, 1, 2), false));

    private final Path corpus = corpus();

    @Test
    void check_finds_no_problem_in_the_corpus() throws IOException {
        ContentCheck.CheckReport report = ContentCheck.check(corpus);

        assertThat(report.problems()).isEmpty();
        assertThat(report.postsChecked()).isEqualTo(POSTS.size());
    }

    @Test
    void every_post_has_the_slug_title_date_and_draft_hugo_gives_it() throws IOException {
        List<Expected> read = parseAll().values().stream()
                .map(post -> new Expected(post.sourcePath(), post.slug(), post.title(), post.date().date(), post.draft()))
                .toList();

        assertThat(read).containsExactlyElementsOf(POSTS);
    }

    @Test
    void hugo_fields_are_mapped_and_still_shown() throws IOException {
        Map<String, Post> posts = parseAll();

        assertThat(posts.get("first-post").summary()).contains("Why this blog exists and what it will cover.");
        assertThat(posts.get("first-post").meta()).containsEntry("categories", List.of("meta"));
        assertThat(posts.get("generics").summary()).contains("What generics changed in our Go code.");
        assertThat(posts.get("blank-lines-first").tags()).containsExactly("leap", "day");
        assertThat(posts.get("with-params").summary()).contains(
                "A description written as a multi-line string,\nso title = \"not a key\" here is only text.\n");
        assertThat(posts.get("with-params").meta().get("images"))
                .isEqualTo(List.of("/media/params-cover.png", "https://example.com/og.png"));
        assertThat(posts.get("with-params").meta().get("params"))
                .isEqualTo(Map.of("author", "Jane Doe", "featured", true, "rating", 4.5));
        assertThat(posts.get("goroutines-and-channels").meta()).containsEntry("lastmod", "2023-07-01T18:00:00+02:00")
                .containsEntry("toc", true).containsEntry("weight", 10L);
        assertThat(posts.get("dotted-keys").meta().get("revision"))
                .isEqualTo(Map.of("status", "draft", "version", "0.2", "last_reviewed", "2024-03-20"));
        assertThat(posts.get("bom-post").body()).isEqualTo("\nThis file starts with a byte order mark and uses CRLF.\n");
    }

    /** By slug, in path order. */
    private Map<String, Post> parseAll() throws IOException {
        var parser = new PostParser();
        var posts = new LinkedHashMap<String, Post>();
        for (ContentFile file : ContentFiles.listPosts(corpus)) {
            Post post = parser.parse(ContentFiles.readPost(file)).post().orElseThrow();
            posts.put(post.slug(), post);
        }
        return posts;
    }

    private static Path corpus() {
        try {
            return Path.of(HugoTomlCorpusTest.class.getResource("/migration/hugo-toml").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
