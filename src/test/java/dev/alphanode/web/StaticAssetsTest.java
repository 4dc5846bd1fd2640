package dev.alphanode.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alphanode.RedisExtension;
import dev.alphanode.TestSite;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code /static/**}: fingerprinted URLs cached forever, plain URLs briefly, validators, and the release key. */
class StaticAssetsTest {
    private static final Pattern STATIC_LINK = Pattern.compile("(?:href|src)=\"(/static/[^\"]+)\"");
    private static final Pattern HASHED = Pattern.compile("/static/.+\\.[0-9a-f]{10}(\\.[a-z0-9]+)?");

    @RegisterExtension
    static final RedisExtension redis = new RedisExtension();
    @TempDir
    Path root;
    TestSite site;

    @AfterEach
    void stop() {
        if (site != null) {
            site.close();
        }
    }

    @Test
    void every_stylesheet_script_and_icon_a_page_names_is_hashed_immutable_and_revalidates_with_304() throws Exception {
        site = new TestSite(root).withTwoPostsAndADraft().start();
        List<String> links = staticLinks(site.get("/posts/a").body());
        assertThat(links).as("the page's /static/ links").hasSize(5).allMatch(link -> HASHED.matcher(link).matches());
        for (String link : links) {
            HttpResponse<String> asset = site.get(link);
            assertThat(asset.statusCode()).as(link).isEqualTo(200);
            assertThat(asset.headers().firstValue("Cache-Control")).as(link).hasValue("public, max-age=31536000, immutable");
            assertThat(asset.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            String etag = asset.headers().firstValue("ETag").orElseThrow();
            String modified = asset.headers().firstValue("Last-Modified").orElseThrow();
            assertThat(modified).as("an IMF-fixdate").matches("[A-Z][a-z]{2}, [0-9]{2} [A-Z][a-z]{2} [0-9]{4} [0-9]{2}:[0-9]{2}:[0-9]{2} GMT");
            HttpResponse<String> byTag = site.get(link, "If-None-Match", "\"other\", " + etag);
            assertThat(byTag.statusCode()).as(link + " If-None-Match").isEqualTo(304);
            assertThat(byTag.body()).isEmpty();
            assertThat(byTag.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
            assertThat(site.get(link, "If-Modified-Since", modified).statusCode()).as(link + " If-Modified-Since").isEqualTo(304);
            assertThat(site.get(link, "If-None-Match", "\"0000000000\"").statusCode()).as("another tag").isEqualTo(200);
        }
        assertThat(site.get(links.stream().filter(l -> l.endsWith(".css")).findFirst().orElseThrow())
                .headers().firstValue("Content-Type").orElseThrow()).startsWith("text/css");
    }

    @Test
    void the_plain_url_keeps_working_for_old_links_with_a_short_max_age() throws Exception {
        site = new TestSite(root).withTwoPostsAndADraft().start();
        String hashed = staticLinks(site.get("/").body()).stream().filter(l -> l.contains("/css/site.")).findFirst()
                .orElseThrow();
        HttpResponse<String> plain = site.get("/static/css/site.css");
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.headers().firstValue("Cache-Control")).hasValue("public, max-age=300");
        assertThat(plain.body()).isEqualTo(site.get(hashed).body()).contains("body");
        assertThat(site.get("/static/css/site.css", "If-None-Match", plain.headers().firstValue("ETag").orElseThrow())
                .statusCode()).isEqualTo(304);
    }

    @Test
    void a_hash_that_is_not_the_files_current_one_is_a_404_that_no_cache_keeps() throws Exception {
        site = new TestSite(root).withTwoPostsAndADraft().start();
        for (String wrong : List.of("/static/css/site.0123456789.css", "/static/css/missing.css",
                "/static/css/missing.0123456789.css", "/static/../templates/layout.html")) {
            HttpResponse<String> response = site.get(wrong);
            assertThat(response.statusCode()).as(wrong).isEqualTo(404);
            assertThat(response.headers().firstValue("Cache-Control")).as(wrong).hasValue("no-store");
            assertThat(response.body()).as(wrong).doesNotContain("--fg");
        }
    }

    @Test
    void changing_an_assets_bytes_changes_the_release_so_cached_pages_never_name_the_old_url() throws Exception {
        Path files = copyOfBuiltStatic(root.resolve("static"));
        site = new TestSite(root).cachedIn(redis.uri()).staticFrom(files).withTwoPostsAndADraft().start();
        String release = site.app().release();
        site.get("/posts/a");
        HttpResponse<String> cached = site.get("/posts/a");
        assertThat(cached.headers().firstValue("X-Cache")).hasValue("HIT");
        String oldCss = cssLink(cached.body());

        Files.writeString(files.resolve("css/site.css"), "\n/* a new release */\n", java.nio.file.StandardOpenOption.APPEND);
        site.restart();

        assertThat(site.app().release()).isNotEqualTo(release);
        HttpResponse<String> after = site.get("/posts/a");
        assertThat(after.headers().firstValue("X-Cache")).as("no fragment of the old release is served").hasValue("MISS");
        String newCss = cssLink(after.body());
        assertThat(newCss).isNotEqualTo(oldCss);
        assertThat(site.get(newCss).body()).endsWith("/* a new release */\n");
        assertThat(site.get(oldCss).statusCode()).as("the old hash names bytes this release does not have").isEqualTo(404);
        assertThat(site.get("/posts/a").headers().firstValue("X-Cache")).hasValue("HIT");
    }

    private static String cssLink(String html) {
        return staticLinks(html).stream().filter(link -> link.contains("/css/site.")).findFirst().orElseThrow();
    }

    private static List<String> staticLinks(String html) {
        List<String> links = new ArrayList<>();
        Matcher matcher = STATIC_LINK.matcher(html);
        while (matcher.find()) {
            links.add(matcher.group(1));
        }
        return links;
    }

    /** The static/ folder the build copied to target/classes, as an operator's ANP_STATIC_DIR. */
    private static Path copyOfBuiltStatic(Path to) throws Exception {
        Path from = Path.of("static");
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path file : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return to;
    }
}
