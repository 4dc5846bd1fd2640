package dev.alphanode.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alphanode.TestSite;
import dev.alphanode.generate.Generator;
import dev.alphanode.ops.Metrics;
import dev.alphanode.search.SearchIndex;
import dev.alphanode.similar.SimilarPosts;
import dev.alphanode.store.Database;
import dev.alphanode.store.PostStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A traced sync moves three whole-site figures instead of reading every post again: the published
 * fingerprint searches are keyed by (and the search index is checked against at start-up), the
 * sitemap's URL count (which decides its parts), and the sitemap's rows (every published post's
 * dates, every listing's size and newest date). After every one of many random edits each equals a
 * count taken from scratch, so a site that lived through edits keys searches and lists its sitemap
 * like a fresh start.
 */
class IncrementalCountsTest {
    private static final int PER_PAGE = 3;

    @TempDir
    Path dir;

    @Test
    void the_fingerprint_the_sitemap_count_and_the_sitemap_rows_moved_by_each_sync_equal_a_fresh_read() throws Exception {
        Path content = dir.resolve("content");
        new Generator(11).generate(120, content);
        Files.writeString(content.resolve("site.yml"), "title: \"Counts\"\nposts_per_page: " + PER_PAGE + "\n");
        try (Database db = new Database("jdbc:h2:file:" + dir.resolve("data/anp"));
             SearchIndex search = SearchIndex.inMemory()) {
            PostStore store = new PostStore(db);
            SiteState state = new SiteState();
            ContentSync sync = new ContentSync(new ContentImporter(content, store, state), store, new SimilarPosts(db),
                    search, Optional.empty(), state, new Metrics(), Optional.empty());
            sync.sync();
            Random random = new Random(5);
            int counted = 0;
            int rowsMoved = 0;
            for (int round = 0; round < 60; round++) {
                store.sitemapRows();
                edit(content, random, round);
                sync.sync();
                var rows = store.knownSitemapRows();
                if (rows.isPresent()) {
                    rowsMoved++;
                    assertThat(rows.get().posts()).as("sitemap posts after edit %d", round)
                            .isEqualTo(store.publishedDates());
                    assertThat(rows.get().listings()).as("sitemap listings after edit %d", round)
                            .isEqualTo(store.termListings());
                }
                assertThat(state.searchFingerprint()).as("fingerprint after edit %d", round)
                        .isEqualTo(store.publishedFingerprint());
                var known = sync.dependencies().knownSitemapUrls();
                if (known.isPresent()) {
                    counted++;
                    assertThat(known.getAsInt()).as("sitemap URLs after edit %d", round)
                            .isEqualTo(store.sitemapUrlCount(PER_PAGE));
                }
            }
            assertThat(counted).as("edits after which the count was carried, not re-read").isGreaterThan(40);
            assertThat(rowsMoved).as("edits after which the sitemap rows were moved, not re-read").isGreaterThan(40);
        }
    }

    /** One random edit: a new post, a removal, a retitle, new tags, a draft switched, a new slug, an updated date, a renamed file. */
    private static void edit(Path content, Random random, int round) throws Exception {
        List<Path> posts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(content.resolve("posts"))) {
            files.filter(file -> file.toString().endsWith(".md")).sorted().forEach(posts::add);
        }
        Path file = posts.get(random.nextInt(posts.size()));
        String tags = "tags: [t" + random.nextInt(8) + ", t" + random.nextInt(8) + "]\ntopic: \"topic " + random.nextInt(4) + "\"\n";
        String date = "2025-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10);
        switch (random.nextInt(8)) {
            case 0 -> Files.writeString(content.resolve("posts/new-" + round + ".md"),
                    TestSite.post("new post " + round, date, tags, "Fresh words " + round + "."));
            case 1 -> Files.delete(file);
            case 2 -> Files.writeString(file, TestSite.post("retitled " + round, date, tags, "Body " + round + "."));
            case 3 -> Files.writeString(file, TestSite.post("tagged " + round, "2024-12-0" + (1 + round % 9), tags,
                    "Tagged body."));
            case 4 -> Files.writeString(file, TestSite.post("drafted " + round, date, tags + "draft: " + random.nextBoolean()
                    + "\n", "Draft or not."));
            case 5 -> Files.writeString(file, TestSite.post("slug moved " + round, date, "slug: moved-" + round + "\n",
                    "Moved slug."));
            case 6 -> Files.writeString(file, TestSite.post("updated " + round, date, tags + "updated: 2026-0"
                    + (1 + random.nextInt(9)) + "-2" + random.nextInt(8) + "\n", "Updated body."));
            default -> Files.move(file, file.resolveSibling("renamed-" + round + ".md"));
        }
    }
}
