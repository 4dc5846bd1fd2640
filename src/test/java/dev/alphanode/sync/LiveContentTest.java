package dev.alphanode.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alphanode.RedisExtension;
import dev.alphanode.TestSite;
import dev.alphanode.config.Config;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Editors change files while the site runs; readers see it over HTTP, coherent with an uncached render. */
class LiveContentTest {
    @RegisterExtension
    static final RedisExtension redis = new RedisExtension();
    @TempDir
    Path root;
    TestSite site;
    TestSite reference;

    void start(Config.Watch mode) throws Exception {
        Path content = root.resolve("content");
        site = new TestSite(content, root.resolve("live")).cachedIn(redis.uri()).watching(mode);
        reference = new TestSite(content, root.resolve("reference"));
        site.write("site.yml", "title: \"Live\"\nposts_per_page: 2\n");
        for (int i = 1; i <= 5; i++) {
            site.write("posts/p" + i + ".md", TestSite.post("post " + i, "2025-04-0" + i, "tags: [live]\n", "Body " + i + "."));
        }
        site.start();
        reference.start();
        for (String route : List.of("/", "/page/2", "/page/3", "/tags/live", "/posts/p1", "/posts/p2", "/posts/p3")) {
            site.get(route);
        }
    }

    @AfterEach
    void stop() {
        site.close();
        reference.close();
    }

    @ParameterizedTest
    @EnumSource(value = Config.Watch.class, names = {"EVENTS", "POLL"})
    void creating_editing_renaming_and_deleting_files_show_up_over_http(Config.Watch mode) throws Exception {
        start(mode);
        site.write("posts/new.md", TestSite.post("a brand new post", "2025-05-01", "tags: [live]\n", "Fresh."));
        site.await("/posts/new", r -> r.statusCode() == 200);
        assertCoherent();

        site.write("posts/p2.md", TestSite.post("post 2 edited in place", "2025-04-02", "tags: [live]\n", "Edited."));
        site.await("/posts/p2", r -> r.body().contains("post 2 edited in place"));
        assertCoherent();

        Path temp = site.contentDir.resolve("posts/.p3.md.swp");
        Files.writeString(temp, TestSite.post("post 3 saved by rename", "2025-04-03", "tags: [live]\n", "Renamed in."));
        Files.move(temp, site.contentDir.resolve("posts/p3.md"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        site.await("/posts/p3", r -> r.body().contains("post 3 saved by rename"));
        assertCoherent();

        Files.move(site.contentDir.resolve("posts/p4.md"), site.contentDir.resolve("posts/p4-renamed.md"));
        site.await("/posts/p4-renamed", r -> r.statusCode() == 200);
        site.await("/posts/p4", r -> r.statusCode() == 404);
        assertCoherent();

        site.delete("posts/p5.md");
        site.await("/posts/p5", r -> r.statusCode() == 404);
        assertCoherent();

        Files.createDirectories(site.contentDir.resolve("posts/fresh-folder"));
        site.write("posts/fresh-folder/deep.md", TestSite.post("in a new folder", "2025-04-20", "", "Deep."));
        site.await("/posts/deep", r -> r.statusCode() == 200);

        site.write("site.yml", "title: \"Live Renamed\"\nposts_per_page: 2\n");
        site.await("/posts/p1", r -> r.body().contains("Live Renamed"));
        assertCoherent();

        site.write("media/added.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>\n");
        site.await("/media/added.svg", r -> r.statusCode() == 200);
    }

    @Test
    void unaffected_pages_stay_cached_across_an_edit() throws Exception {
        start(Config.Watch.EVENTS);
        site.write("posts/solo.md", TestSite.post("zebra migration", "2020-01-01", "tags: [zoology]\n",
                "Savanna herds wander northwards."));
        site.await("/posts/solo", r -> r.statusCode() == 200);
        settled();
        site.await("/posts/solo", r -> r.headers().firstValue("X-Cache").orElse("").equals("HIT"));
        site.write("posts/p3.md", TestSite.post("post 3 retitled", "2025-04-03", "tags: [live]\n", "Body 3."));
        site.await("/posts/p3", r -> r.body().contains("post 3 retitled"));
        site.await("/page/2", r -> r.body().contains("post 3 retitled"));
        settled();
        assertThat(site.get("/posts/solo").headers().firstValue("X-Cache")).as("a post sharing nothing with p3").hasValue("HIT");
    }

    @Test
    void a_bad_edit_keeps_the_last_good_version_and_is_reported_until_fixed() throws Exception {
        start(Config.Watch.EVENTS);
        site.write("posts/p2.md", "---\ntitle: \"broken\"\ndate: 2024-02-30\n---\nBroken.\n");
        site.await("/healthz", r -> r.body().contains("posts/p2.md:3: invalid date '2024-02-30'"));
        assertThat(site.get("/posts/p2").body()).contains("post 2", "Body 2.").doesNotContain("Broken.");
        site.write("posts/p2.md", TestSite.post("post 2 fixed", "2025-04-02", "tags: [live]\n", "Fixed."));
        site.await("/posts/p2", r -> r.body().contains("post 2 fixed"));
        assertThat(site.get("/healthz").body()).contains("\"contentErrors\":[]");
    }

    @Test
    void a_half_written_file_is_served_once_it_is_complete() throws Exception {
        start(Config.Watch.EVENTS);
        Path file = site.contentDir.resolve("posts/slow.md");
        Files.writeString(file, "---\ntitle: \"slowly written\"\n");
        site.await("/healthz", r -> r.body().contains("posts/slow.md:"));
        Files.writeString(file, "---\ntitle: \"slowly written\"\ndate: 2025-06-01\n---\nDone at last.\n");
        site.await("/posts/slow", r -> r.body().contains("Done at last."));
    }

    /**
     * A post is visible as soon as it is published, before its sync has purged what it changed: a
     * sync of its own waits on the watcher's (they share one lock), so what follows sees that purge done.
     */
    private void settled() {
        site.app().sync();
    }

    /** Once the watcher's sync has settled (it runs beside the test), every route equals an uncached render. */
    private void assertCoherent() throws Exception {
        reference.app().sync();
        for (String route : List.of("/", "/page/2", "/page/3", "/tags/live", "/tags/live/page/2", "/posts/p1",
                "/posts/p2", "/posts/p3", "/posts/new")) {
            var expected = reference.get(route);
            site.await(route, actual -> actual.statusCode() == expected.statusCode() && actual.body().equals(expected.body()));
        }
    }
}
