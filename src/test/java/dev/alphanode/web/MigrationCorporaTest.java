package dev.alphanode.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.alphanode.TestSite;
import dev.alphanode.content.ContentCheck;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Blogs written in Jekyll's, Hugo's and Zola's own conventions (src/test/resources/migration/NAME), copied
 * into content/posts/ the way docs/migration.md says, then checked and served over HTTP.
 *
 * <p>Each corpus's {@code expected.txt} says, one tab-separated line each, what a reader must see:
 * {@code post slug title fragment} (newest first: the home page's order), {@code fragment slug html},
 * {@code draft slug}, {@code redirect old-path location}, {@code listing path slug,slug…},
 * {@code asset path content-type}, {@code absent path}, {@code missing slug…} (malformed files, not served),
 * {@code error path:line: message} and {@code warning path:line: message} (the whole of {@code check}'s findings),
 * {@code stubs n} (redirect stubs, counted by {@code check}); {@code \n} in a field is a line break.
 */
class MigrationCorporaTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path root;

    @ParameterizedTest
    @ValueSource(strings = {"jekyll", "hugo", "zola"})
    void a_blog_copied_from_its_engine_checks_serves_lists_and_redirects_as_expected(String engine) throws Exception {
        Path corpus = corpus(engine);
        Expected expected = Expected.read(corpus.resolve("expected.txt"));
        try (TestSite site = new TestSite(root)) {
            copyAsTheDocsSay(engine, corpus, site.contentDir.resolve("posts"));
            // One home page for the whole corpus, so its order is checked in one piece.
            site.write("site.yml", "title: \"Moved here\"\nposts_per_page: 100\n");
            site.start();
            var soft = new SoftAssertions();

            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            int exit = ContentCheck.run(site.contentDir, new PrintStream(printed, true, StandardCharsets.UTF_8));
            List<String> checkLines = printed.toString(StandardCharsets.UTF_8).lines().toList();
            String prefix = site.contentDir + "/";
            List<String> reported = checkLines.stream().filter(line -> line.startsWith(prefix))
                    .map(line -> line.substring(prefix.length())).toList();
            List<String> findings = new ArrayList<>(expected.errors);
            findings.addAll(expected.warnings);
            soft.assertThat(reported).as("check's findings").containsExactlyInAnyOrderElementsOf(findings);
            soft.assertThat(exit).as("check's exit code").isEqualTo(expected.errors.isEmpty() ? 0 : 1);
            int files = expected.posts.size() + expected.drafts.size() + expected.missing.size() + expected.stubs();
            soft.assertThat(checkLines).as("check's summary").endsWith("checked " + files + " posts: "
                    + expected.errors.size() + " errors, " + expected.warnings.size() + " warning"
                    + (expected.warnings.size() == 1 ? "" : "s"));

            JsonNode health = JSON.readTree(site.get("/healthz").body());
            List<String> healthErrors = new ArrayList<>();
            health.get("contentErrors").forEach(error -> healthErrors.add(error.asText()));
            soft.assertThat(healthErrors).as("/healthz contentErrors").containsExactlyInAnyOrderElementsOf(expected.errors);
            soft.assertThat(health.get("posts").asInt()).as("/healthz posts").isEqualTo(expected.posts.size());

            String home = site.get("/").body();
            soft.assertThat(slugsListed(home)).as("home listing, newest first")
                    .containsExactlyElementsOf(expected.posts.stream().map(post -> post.get(0)).toList());
            for (List<String> post : expected.posts) {
                HttpResponse<String> page = site.get("/posts/" + post.get(0));
                soft.assertThat(page.statusCode()).as("/posts/%s status", post.get(0)).isEqualTo(200);
                soft.assertThat(page.body().contains("<title>" + html(post.get(1)) + " · "))
                        .as("/posts/%s has the title %s", post.get(0), post.get(1)).isTrue();
                soft.assertThat(page.body().contains(post.get(2))).as("/posts/%s shows %s", post.get(0), post.get(2)).isTrue();
            }
            for (List<String> fragment : expected.fragments) {
                soft.assertThat(site.get("/posts/" + fragment.get(0)).body().contains(fragment.get(1)))
                        .as("/posts/%s shows %s", fragment.get(0), fragment.get(1)).isTrue();
            }
            for (String draft : expected.drafts) {
                soft.assertThat(site.get("/posts/" + draft).statusCode()).as("draft /posts/%s", draft).isEqualTo(404);
                soft.assertThat(home.contains("href=\"/posts/" + draft + "\"")).as("home links draft %s", draft).isFalse();
            }
            for (String slug : expected.missing) {
                soft.assertThat(site.get("/posts/" + slug).statusCode()).as("malformed /posts/%s", slug).isEqualTo(404);
            }
            for (List<String> redirect : expected.redirects) {
                HttpResponse<String> answer = site.get(redirect.get(0));
                soft.assertThat(answer.statusCode()).as("GET %s", redirect.get(0)).isEqualTo(301);
                soft.assertThat(answer.headers().firstValue("Location")).as("Location of %s", redirect.get(0))
                        .contains(redirect.get(1));
            }
            for (List<String> listing : expected.listings) {
                HttpResponse<String> page = site.get(listing.get(0));
                soft.assertThat(page.statusCode()).as("GET %s", listing.get(0)).isEqualTo(200);
                soft.assertThat(slugsListed(page.body())).as("listing %s", listing.get(0))
                        .containsExactly(listing.get(1).split(","));
            }
            for (List<String> asset : expected.assets) {
                HttpResponse<String> file = site.get(asset.get(0));
                soft.assertThat(file.statusCode()).as("GET %s", asset.get(0)).isEqualTo(200);
                soft.assertThat(file.headers().firstValue("Content-Type")).as("type of %s", asset.get(0))
                        .contains(asset.get(1));
            }
            for (String path : expected.absent) {
                soft.assertThat(site.get(path).statusCode()).as("GET %s", path).isEqualTo(404);
            }
            soft.assertAll();
        }
    }

    /**
     * docs/migration.md: Jekyll's {@code _posts/}, {@code _drafts/} and redirect pages go into
     * content/posts/ as folders; Hugo's {@code content/posts/} and Zola's {@code content/blog/} are content/posts/.
     */
    private static void copyAsTheDocsSay(String engine, Path corpus, Path posts) throws IOException {
        switch (engine) {
            case "jekyll" -> {
                for (String folder : List.of("_posts", "_drafts", "redirects")) {
                    copyTree(corpus.resolve(folder), posts.resolve(folder));
                }
            }
            case "hugo" -> copyTree(corpus.resolve("posts"), posts);
            case "zola" -> copyTree(corpus.resolve("blog"), posts);
            default -> throw new IllegalArgumentException(engine);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static List<String> slugsListed(String html) {
        Matcher links = Pattern.compile("<h2[^>]*><a href=\"/posts/([a-z0-9-]+)\"").matcher(html);
        List<String> slugs = new ArrayList<>();
        while (links.find()) {
            slugs.add(links.group(1));
        }
        return slugs;
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&#34;")
                .replace("'", "&#39;");
    }

    private static Path corpus(String name) {
        try {
            return Path.of(MigrationCorporaTest.class.getResource("/migration/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class Expected {
        final List<List<String>> posts = new ArrayList<>();
        final List<List<String>> fragments = new ArrayList<>();
        final List<List<String>> redirects = new ArrayList<>();
        final List<List<String>> listings = new ArrayList<>();
        final List<List<String>> assets = new ArrayList<>();
        final List<String> drafts = new ArrayList<>();
        final List<String> absent = new ArrayList<>();
        final List<String> missing = new ArrayList<>();
        final List<String> errors = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        int stubs;

        int stubs() {
            return stubs;
        }

        static Expected read(Path file) {
            var expected = new Expected();
            List<String> lines;
            try {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).isBlank()) {
                    continue;
                }
                List<String> fields = Stream.of(lines.get(i).split("\t", -1)).map(field -> field.replace("\\n", "\n")).toList();
                List<String> rest = fields.subList(1, fields.size());
                switch (fields.get(0)) {
                    case "post" -> expected.posts.add(rest);
                    case "fragment" -> expected.fragments.add(rest);
                    case "redirect" -> expected.redirects.add(rest);
                    case "listing" -> expected.listings.add(rest);
                    case "asset" -> expected.assets.add(rest);
                    case "draft" -> expected.drafts.add(rest.get(0));
                    case "absent" -> expected.absent.add(rest.get(0));
                    case "missing" -> expected.missing.addAll(rest);
                    case "stubs" -> expected.stubs = Integer.parseInt(rest.get(0));
                    case "error" -> expected.errors.add(rest.get(0));
                    case "warning" -> expected.warnings.add(rest.get(0));
                    default -> throw new IllegalArgumentException(file + ":" + (i + 1) + ": unknown kind '"
                            + fields.get(0) + "' (expected post, fragment, redirect, listing, asset, draft, absent,"
                            + " missing, stubs, error or warning)");
                }
            }
            return expected;
        }
    }
}
