package dev.alphanode.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alphanode.content.Post;
import dev.alphanode.content.PostDate;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A post H2 cannot hold costs only itself: the rest of the batch is stored, its old version stays. */
class RefusedPostTest {
    @TempDir
    Path dir;

    @Test
    void a_post_the_database_refuses_is_returned_with_the_reason_and_the_rest_of_the_batch_is_stored() {
        try (Database db = new Database("jdbc:h2:file:" + dir.resolve("anp"))) {
            PostStore store = new PostStore(db);
            store.apply(List.of(post("posts/kept.md", "kept", "kept, first version")), List.of());

            Map<String, String> refused = store.applyRefusing(List.of(
                    post("posts/a.md", "a", "a"),
                    post("posts/kept.md", "x".repeat(150), "kept, renamed to a slug too long to store"),
                    post("posts/b.md", "b", "b")), List.of());

            assertThat(refused).containsOnlyKeys("posts/kept.md");
            assertThat(refused.get("posts/kept.md")).containsIgnoringCase("too long");
            assertThat(store.findBySlug("a")).isPresent();
            assertThat(store.findBySlug("b")).isPresent();
            assertThat(store.findBySlug("kept")).map(Post::title).hasValue("kept, first version");
        }
    }

    @Test
    void a_database_failure_that_is_not_about_a_value_is_still_thrown() {
        Database db = new Database("jdbc:h2:file:" + dir.resolve("closed"));
        PostStore store = new PostStore(db);
        db.close();

        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                store.applyRefusing(List.of(post("posts/a.md", "a", "a")), List.of())).isInstanceOf(StoreException.class);
    }

    private static Post post(String path, String slug, String title) {
        return new Post(path, "hash-" + title.hashCode(), slug, title, PostDate.of(LocalDate.of(2025, 1, 1)), Optional.empty(), false,
                Optional.empty(), Optional.empty(), List.of(), List.of(), List.of(), 1, Map.of(), "Body.");
    }
}
