package dev.alphanode.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alphanode.generate.Generator;
import dev.alphanode.store.Database;
import dev.alphanode.store.PostStore;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentImporterTest {
    @TempDir
    Path dir;

    @Test
    void a_fresh_import_writes_what_a_planned_import_writes_across_chunks_conflicts_and_bad_files() throws Exception {
        Path content = dir.resolve("content");
        new Generator(5).generate(1_200, content);
        // A slug claimed by a later file in another chunk, and an invalid file between them.
        Files.writeString(content.resolve("posts/zz-late.md"), "---\ntitle: \"late\"\ndate: 2024-03-01\nslug: first\n---\nbody\n");
        Files.writeString(content.resolve("posts/aa-early.md"), "---\ntitle: \"early\"\ndate: 2024-03-01\nslug: first\n---\nbody\n");
        Files.writeString(content.resolve("posts/mm-bad.md"), "---\ntitle: \"bad\"\ndate: 2024-02-30\n---\nbody\n");

        try (Database freshDb = new Database("jdbc:h2:file:" + dir.resolve("fresh/anp"));
             Database plannedDb = new Database("jdbc:h2:file:" + dir.resolve("planned/anp"))) {
            PostStore fresh = new PostStore(freshDb);
            PostStore planned = new PostStore(plannedDb);
            // Chunks of 400: four chunks, up to two parsed ahead while one is written.
            ImportReport streamed = new ContentImporter(content, fresh, new SiteState(), 400).importFresh();
            ContentImporter plannedImporter = new ContentImporter(content, planned, new SiteState());
            ImportReport whole = plannedImporter.apply(plannedImporter.plan());

            assertThat(streamed.files()).isEqualTo(1_203);
            assertThat(streamed.imported()).isEqualTo(whole.imported()).isEqualTo(1_201);
            assertThat(streamed.rejected()).isEqualTo(whole.rejected()).isEqualTo(2);
            assertThat(streamed.problems()).isEqualTo(whole.problems());
            assertThat(streamed.problems()).extracting(Object::toString).anySatisfy(line ->
                    assertThat(line).startsWith("posts/mm-bad.md:3:")).anySatisfy(line ->
                    assertThat(line).startsWith("posts/zz-late.md:4:").contains("posts/aa-early.md"));
            assertThat(fresh.slugOwner("first")).contains("posts/aa-early.md");
            assertThat(fresh.sourceHashes()).isEqualTo(planned.sourceHashes());
            assertThat(fresh.newest(0, 2_000)).isEqualTo(planned.newest(0, 2_000));
        }
    }
}
