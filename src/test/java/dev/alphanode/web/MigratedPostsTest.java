package dev.alphanode.web;

import static dev.alphanode.TestSite.post;
import static org.assertj.core.api.Assertions.assertThat;

import dev.alphanode.TestSite;
import dev.alphanode.content.ContentCheck;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Posts from Jekyll and Hugo over real HTTP: full timestamps in listings, file-name dates, page bundles, drafts. */
class MigratedPostsTest {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0};

    @TempDir
    Path root;
    private TestSite site;

    @BeforeEach
    void content() throws Exception {
        site = new TestSite(root)
                // Same day, different times: the evening post (UTC 18:00) is newer than the morning one
                // (09:30 +02:00 = 07:30 UTC), and newer than a date-only post of that day (midnight UTC).
                .write("posts/2024-03-05-morning.md", "---\ntitle: Morning\ndate: 2024-03-05 09:30:00 +0200\n"
                        + "tags: [day]\n---\nMorning body.\n")
                .write("posts/evening.md", post("Evening", "2024-03-05T18:00:00Z", "tags: [day]\n", "Evening body."))
                .write("posts/plain.md", post("Plain", "2024-03-05", "tags: [day]\n", "Plain body."))
                // Written late on the 5th in UTC-8: the 6th in UTC, so the newest, but shown as the 5th.
                .write("posts/late.md", post("Late", "2024-03-05 23:00 -0800", "tags: [day]\n", "Late body."))
                .write("posts/2024-03-04-from-the-name.md", "---\ntitle: From the name\ntags: [day]\n---\nNamed.\n")
                .write("posts/trip/index.md", "---\ntitle: Trip\ndate: 2024-03-01\nlastmod: 2024-04-02 10:00 +0200\n"
                        + "---\nSee ![the diagram](diagram.png) and [the notes](notes/day1.txt).\n")
                .write("posts/trip/notes/day1.txt", "day one")
                .write("posts/_index.md", "---\ntitle: Posts section\n---\n")
                .write("posts/_drafts/unfinished.md", post("Unfinished", "2024-03-07", "", "Not yet."));
        Files.write(site.contentDir.resolve("posts/trip/diagram.png"), PNG);
        site.start();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void listings_order_posts_of_one_day_by_their_full_timestamp() throws Exception {
        String expected = "[late, evening, morning, plain, from-the-name, trip]";
        assertThat(slugsOf(site.get("/").body()).toString()).isEqualTo(expected);
        assertThat(slugsOf(site.get("/tags/day").body()).toString()).isEqualTo("[late, evening, morning, plain, from-the-name]");
    }

    @Test
    void pages_show_the_date_and_time_as_the_author_wrote_them() throws Exception {
        String home = site.get("/").body();

        assertThat(home).contains("<time datetime=\"2024-03-05T23:00:00-08:00\">March 5, 2024</time>")
                .contains("<time datetime=\"2024-03-05T09:30:00+02:00\">March 5, 2024</time>")
                .contains("<time datetime=\"2024-03-05\">March 5, 2024</time>")
                .contains("<time datetime=\"2024-03-04\">March 4, 2024</time>");
        assertThat(site.get("/posts/late").body())
                .contains("<time datetime=\"2024-03-05T23:00:00-08:00\">March 5, 2024</time>")
                .contains("\"datePublished\":\"2024-03-06T07:00:00Z\"");
    }

    @Test
    void a_dated_file_name_gives_the_slug_without_the_date() throws Exception {
        assertThat(site.get("/posts/morning").statusCode()).isEqualTo(200);
        assertThat(site.get("/posts/from-the-name").body()).contains("Named.");
        assertThat(site.get("/posts/2024-03-05-morning").statusCode()).isEqualTo(404);
    }

    @Test
    void lastmod_is_the_updated_date_of_feed_json_ld_and_sitemap() throws Exception {
        assertThat(site.get("/posts/trip").body()).contains("\"dateModified\":\"2024-04-02T08:00:00Z\"");
        assertThat(site.get("/feed.xml").body()).contains("<published>2024-03-01T00:00:00Z</published>"
                + "<updated>2024-04-02T08:00:00Z</updated>");
        assertThat(site.get("/sitemap.xml").body())
                .contains("<loc>http://localhost:8080/posts/trip</loc><lastmod>2024-04-02</lastmod>");
    }

    @Test
    void a_page_bundle_is_served_under_its_folder_name_with_its_files() throws Exception {
        String page = site.get("/posts/trip").body();

        assertThat(page).contains("<img src=\"/posts/trip/diagram.png\" alt=\"the diagram\" decoding=\"async\" />")
                .contains("<a href=\"/posts/trip/notes/day1.txt\"");
        HttpResponse<String> image = site.get("/posts/trip/diagram.png");
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).contains("image/png");
        assertThat(site.get("/posts/trip/notes/day1.txt").body()).isEqualTo("day one");
        assertThat(site.get("/posts/trip/index.md").statusCode()).isEqualTo(404);
        assertThat(site.get("/posts/trip/../evening.md").statusCode()).isEqualTo(404);
        assertThat(site.get("/posts/evening/diagram.png").statusCode()).isEqualTo(404);
        assertThat(site.get("/posts/index").statusCode()).isEqualTo(404);
    }

    @Test
    void section_files_are_ignored_and_jekyll_drafts_are_not_listed() throws Exception {
        assertThat(site.get("/").body()).doesNotContain("Posts section").doesNotContain("Unfinished");
        assertThat(site.get("/posts/unfinished").statusCode()).isEqualTo(404);
        assertThat(site.get("/healthz").body()).contains("\"contentErrors\":[]");
    }

    @Test
    void check_agrees_with_the_site() throws Exception {
        ContentCheck.CheckReport report = ContentCheck.check(site.contentDir);

        assertThat(report.problems()).isEmpty();
        assertThat(report.postsChecked()).isEqualTo(7);
    }

    private static java.util.List<String> slugsOf(String html) {
        Matcher links = Pattern.compile("<h2[^>]*><a href=\"/posts/([a-z0-9-]+)\"").matcher(html);
        java.util.List<String> slugs = new java.util.ArrayList<>();
        while (links.find()) {
            slugs.add(links.group(1));
        }
        return slugs;
    }
}
