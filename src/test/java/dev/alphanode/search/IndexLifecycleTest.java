package dev.alphanode.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexLifecycleTest {

    @TempDir
    Path root;

    @Test
    void an_empty_folder_needs_a_rebuild_and_finds_nothing_meanwhile() {
        try (SearchIndex index = SearchIndex.open(root.resolve("search"))) {
            assertThat(index.needsRebuild("any")).isTrue();
            assertThat(index.fingerprint()).isEmpty();
            assertThat(Searches.search(index, "redis").hits()).isEmpty();
        }
    }

    @Test
    void a_rebuilt_index_needs_no_rebuild_until_the_fingerprint_differs() {
        try (SearchIndex index = SearchIndex.inMemory()) {
            index.rebuild(List.of(Posts.post("p").build()), "content-1");

            assertThat(index.fingerprint()).contains("content-1");
            assertThat(index.needsRebuild("content-1")).isFalse();
            assertThat(index.needsRebuild("content-2")).isTrue();

            index.replace(List.of(), List.of("p"), "content-2");
            assertThat(index.fingerprint()).contains("content-2");
            assertThat(index.needsRebuild("content-2")).isFalse();
        }
    }

    @Test
    void reopening_a_folder_keeps_the_posts_and_the_fingerprint() {
        Path folder = root.resolve("search");
        try (SearchIndex index = SearchIndex.open(folder)) {
            index.rebuild(List.of(Posts.post("a").title("Redis notes").build(),
                    Posts.post("b").title("Nginx notes").build()), "content-1");
            index.replace(List.of(Posts.post("c").title("Redis again").build()), List.of("b"), "content-2");
        }
        try (SearchIndex index = SearchIndex.open(folder)) {
            assertThat(index.needsRebuild("content-2")).isFalse();
            assertThat(Searches.slugs(index, "redis")).containsExactlyInAnyOrder("a", "c");
            assertThat(Searches.slugs(index, "nginx")).isEmpty();
        }
    }

    @Test
    void an_index_of_another_format_needs_a_rebuild_and_is_not_searched() throws Exception {
        Directory directory = new ByteBuffersDirectory();
        try (IndexWriter old = new IndexWriter(directory, new IndexWriterConfig())) {
            Document doc = new Document();
            doc.add(new StringField("title", "redis", Field.Store.YES));
            old.addDocument(doc);
            old.setLiveCommitData(Map.of(SearchIndex.FORMAT_KEY, Integer.toString(SearchIndex.FORMAT - 1),
                    SearchIndex.FINGERPRINT_KEY, "content-1").entrySet());
            old.commit();
        }
        try (SearchIndex index = SearchIndex.open("test", directory)) {
            assertThat(index.needsRebuild("content-1")).isTrue();
            assertThat(Searches.search(index, "redis").totalHits()).isZero();

            index.rebuild(List.of(Posts.post("p").title("Redis").build()), "content-1");
            assertThat(index.needsRebuild("content-1")).isFalse();
            assertThat(Searches.slugs(index, "redis")).containsExactly("p");
        }
    }

    @Test
    void a_folder_of_unreadable_files_opens_as_an_index_to_rebuild() throws Exception {
        Path folder = Files.createDirectories(root.resolve("search"));
        Files.writeString(folder.resolve("segments_1"), "not a Lucene commit");
        Files.writeString(folder.resolve("notes.txt"), "not Lucene's");
        try (SearchIndex index = SearchIndex.open(folder)) {
            assertThat(index.needsRebuild("content-1")).isTrue();

            index.rebuild(List.of(Posts.post("p").title("Redis").build()), "content-1");
            assertThat(Searches.slugs(index, "redis")).containsExactly("p");
        }
        try (SearchIndex index = SearchIndex.open(folder)) {
            assertThat(index.needsRebuild("content-1")).isFalse();
        }
        assertThat(folder.resolve("notes.txt")).hasContent("not Lucene's");
    }

    @Test
    void searches_during_changes_see_one_state_or_the_next_and_the_change_once_it_returns() throws Exception {
        Posts[] posts = new Posts[50];
        for (int i = 0; i < posts.length; i++) {
            posts[i] = Posts.post("p" + i).title("Redis notes " + i).body("Generation zero.");
        }
        try (SearchIndex index = Searches.indexOf(posts)) {
            AtomicBoolean done = new AtomicBoolean();
            ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
            Thread reader = new Thread(() -> {
                while (!done.get()) {
                    try {
                        long total = Searches.search(index, "redis").totalHits();
                        if (total != 50 && total != 49) {
                            problems.add("saw " + total + " posts");
                        }
                    } catch (RuntimeException e) {
                        problems.add(e.toString());
                    }
                }
            });
            reader.start();
            for (int generation = 1; generation <= 10; generation++) {
                String word = "generation" + generation;
                String removed = "p" + generation;
                index.replace(List.of(posts[generation - 1].body(word).build()), List.of(removed), "g" + generation);
                assertThat(Searches.slugs(index, word)).containsExactly("p" + (generation - 1));
                index.replace(List.of(posts[generation].build()), List.of(), "g" + generation + "b");
            }
            done.set(true);
            reader.join();

            assertThat(problems).isEmpty();
        }
    }
}
