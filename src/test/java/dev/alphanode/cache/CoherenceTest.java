package dev.alphanode.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alphanode.RedisExtension;
import dev.alphanode.TestSite;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The correctness property: after any sequence of content changes has settled, every route's
 * output from the cached site equals what a site with ANP_CACHE=off serves for the same content:
 * pages (previous/next links and tables of contents included), feeds (the site's and every listing's,
 * found through their alternate links), the sitemap, robots.txt and searches; and old paths (posts'
 * aliases, redirect stubs) answer with the same status and Location. Posts carry dates or date-times
 * in several offsets (instants that tie), and some are page bundles ({@code posts/bN/index.md}, a
 * relative image in the body). Posts carry Jekyll categories; a quarter have TOML front matter.
 */
class CoherenceTest {
    private static final Pattern LINK = Pattern.compile("href=\"(/[^\"#?]*)\"");
    /** Routes no page links to, and searches (cached per query, keyed by the published content). */
    private static final List<String> UNLINKED = List.of("/sitemap.xml", "/robots.txt", "/search",
            "/search?q=latency", "/search?q=notes+eviction&tag=caching", "/search?q=ttl+purge&page=2");
    private static final String[] TOPICS = {"cache invalidation", "slow queries", "file uploads", "staging parity"};
    private static final String[] STACKS = {"redis caching", "postgres indexing", "java services", "nginx tuning"};
    // "Caching" and "caching" are one listing: its heading follows the newest post's spelling.
    private static final String[] TAGS = {"performance", "security", "ops", "testing", "caching", "Caching", "deploys"};
    /** Old paths posts (aliases) and redirect stubs claim; files often claim the same one (the first path wins). */
    private static final String[] OLD_PATHS = {"/old/1", "/old/2/", "/2013/05/06/three.html", "/old/4/index.html",
        "/posts/old-5", "/posts/post-3"};
    // Jekyll's space-separated categories; "News" and "news" are one listing.
    private static final String[] CATEGORIES = {"news", "News", "howto", "releases", "opinion"};
    private static final String[] WORDS = {"latency", "eviction", "index", "upload", "rollback", "metrics", "headers",
        "pool", "vacuum", "ttl", "purge", "replica", "checksum", "queue", "timeout", "budget"};

    @RegisterExtension
    static final RedisExtension redis = new RedisExtension();
    @TempDir
    Path root;
    TestSite cached;
    TestSite reference;
    Random random = new Random(20261123);
    List<String> files = new ArrayList<>();
    Set<String> routesSeen = new TreeSet<>();
    int hits;
    int redirects;
    int tocPages;
    int postNavPages;
    int serial;

    @BeforeEach
    void startSites() throws Exception {
        Path content = root.resolve("content");
        cached = new TestSite(content, root.resolve("cached-data")).cachedIn(redis.uri());
        reference = new TestSite(content, root.resolve("reference-data"));
        cached.write("site.yml", "title: \"Coherence\"\nposts_per_page: 3\nsimilar_posts: 3\n");
        for (int i = 0; i < 18; i++) {
            create();
        }
        cached.start();
        reference.start();
    }

    @AfterEach
    void stop() {
        cached.close();
        reference.close();
    }

    @Test
    void every_route_and_old_path_matches_an_uncached_render_after_each_of_220_random_changes() throws Exception {
        compareEveryRoute("initial content");
        for (int op = 1; op <= 220; op++) {
            String change = randomChange();
            cached.app().sync();
            reference.app().sync();
            compareEveryRoute("after change " + op + ": " + change);
        }
        assertThat(hits).as("cache hits during the run (the cache must have been exercised)").isGreaterThan(2_000);
        assertThat(redirects).as("old paths answered with a redirect during the run").isGreaterThan(500);
        assertThat(tocPages).as("post pages compared with a table of contents").isGreaterThan(500);
        assertThat(postNavPages).as("post pages compared with previous and next links").isGreaterThan(500);
        assertThat(tomlCompared).as("posts with TOML front matter whose pages were compared").hasSizeGreaterThan(10);
        assertThat(routesSeen).as("routes compared").contains("/feed.xml", "/sitemap.xml", "/search?q=latency")
                .anyMatch(route -> route.startsWith("/tags/") && route.endsWith("/feed.xml"))
                .anyMatch(route -> route.startsWith("/topics/") && route.endsWith("/feed.xml"))
                .anyMatch(route -> route.startsWith("/categories/") && route.endsWith("/feed.xml"))
                .anyMatch(route -> route.startsWith("/categories/") && route.contains("/page/"));
    }

    private String randomChange() throws Exception {
        int kind = random.nextInt(13);
        if (files.size() < 8 || kind == 0) {
            return "create " + create();
        }
        String file = files.get(random.nextInt(files.size()));
        return switch (kind) {
            case 10 -> {
                rewrite(file, post -> post.aliases = aliases());
                yield "re-alias " + file;
            }
            case 11 -> stubChange();
            case 1 -> {
                files.remove(file);
                cached.delete(file);
                yield "delete " + file;
            }
            case 2 -> {
                rewrite(file, post -> post.title = "retitled " + word() + " " + (++serial));
                yield "retitle " + file;
            }
            case 3 -> {
                rewrite(file, post -> post.tags = tags());
                yield "retag " + file;
            }
            case 4 -> {
                rewrite(file, post -> post.date = date());
                yield "redate " + file;
            }
            case 5 -> {
                rewrite(file, post -> post.draft = !post.draft);
                yield "toggle draft " + file;
            }
            case 6 -> {
                rewrite(file, post -> {
                    post.topic = pick(TOPICS);
                    post.stack = pick(STACKS);
                });
                yield "move topic/stack " + file;
            }
            case 7 -> {
                rewrite(file, post -> post.slug = "moved-" + (++serial));
                yield "change slug " + file;
            }
            case 8 -> {
                Files.writeString(cached.contentDir.resolve(file), "---\ntitle: \"broken\"\ndate: 2024-02-30\n---\nBroken.\n");
                yield "break " + file + " (last good version stays)";
            }
            case 12 -> {
                rewrite(file, post -> post.categories = categories());
                yield "recategorize " + file;
            }
            default -> {
                rewrite(file, post -> post.body = body());
                yield "edit body " + file;
            }
        };
    }

    /** A post as the test writes it; parsed back from the file we wrote, so edits keep the other fields. */
    static final class Draft {
        String title;
        String slug;
        String date;
        boolean draft;
        String topic;
        String stack;
        List<String> tags;
        List<String> aliases = List.of();
        String categories;
        String summary;
        String body;

        /** Hugo/Zola TOML front matter between {@code +++} instead of YAML. */
        boolean toml;

        String text() {
            if (toml) {
                return "+++\ntitle = \"" + title + "\"\nslug = \"" + slug + "\"\ndate = "
                        + (date.length() == 10 ? date : "\"" + date + "\"") + "\ndraft = " + draft + "\ntopic = \"" + topic
                        + "\"\nstack = [\"" + stack + "\"]\ntags = [" + quoted(tags) + "]\ncategories = \""
                        + (categories.equals("''") ? "" : categories) + "\"\nsummary = \"" + summary + "\"\n"
                        + (aliases.isEmpty() ? "" : "aliases = [" + quoted(aliases) + "]\n") + "+++\n" + body + "\n";
            }
            return "---\ntitle: \"" + title + "\"\nslug: " + slug + "\ndate: " + date + "\ndraft: " + draft
                    + "\ntopic: \"" + topic + "\"\nstack: [\"" + stack + "\"]\ntags: [" + String.join(", ", tags)
                    + "]\ncategories: " + categories + "\nsummary: \"" + summary + "\"\n"
                    + (aliases.isEmpty() ? "" : "aliases: [" + String.join(", ", aliases) + "]\n") + "---\n" + body + "\n";
        }
    }

    private static String quoted(List<String> values) {
        return String.join(", ", values.stream().map(value -> "\"" + value + "\"").toList());
    }

    private final java.util.Map<String, Draft> drafts = new java.util.HashMap<>();
    /** Slugs of TOML posts whose page was compared while they were TOML (a post may be renamed, or deleted, later). */
    private final Set<String> tomlCompared = new TreeSet<>();

    private String create() throws Exception {
        Draft post = new Draft();
        serial++;
        post.title = "notes on " + word() + " " + serial;
        post.slug = "post-" + serial;
        post.date = date();
        post.draft = random.nextInt(10) == 0;
        post.toml = random.nextInt(4) == 0;
        post.topic = pick(TOPICS);
        post.stack = pick(STACKS);
        post.tags = tags();
        post.aliases = random.nextInt(3) == 0 ? aliases() : List.of();
        post.categories = categories();
        post.summary = "about " + word() + " and " + word();
        post.body = body();
        // Some posts are Hugo page bundles: their relative image points under their route.
        boolean bundle = random.nextInt(5) == 0;
        if (bundle) {
            post.body = post.body + "\n\n![diagram](diagram.png)";
        }
        String file = bundle ? "posts/b" + serial + "/index.md" : "posts/p" + serial + ".md";
        files.add(file);
        drafts.put(file, post);
        cached.write(file, post.text());
        return file;
    }

    /** Writes, rewrites (maybe to another target) or deletes one of three redirect stubs. */
    private String stubChange() throws Exception {
        String stub = "posts/stub-" + random.nextInt(3) + ".md";
        if (java.nio.file.Files.exists(cached.contentDir.resolve(stub)) && random.nextInt(3) == 0) {
            cached.delete(stub);
            return "delete stub " + stub;
        }
        String target = random.nextBoolean() ? "/posts/" + drafts.get(files.get(random.nextInt(files.size()))).slug
                : "https://example.org/moved/" + random.nextInt(5);
        cached.write(stub, "---\nredirect_to: " + target + "\nredirect_from: [" + String.join(", ", aliases()) + "]\n---\n");
        return "stub " + stub + " → " + target;
    }

    private List<String> aliases() {
        List<String> aliases = new ArrayList<>();
        for (int i = 0; i < 1 + random.nextInt(2); i++) {
            aliases.add(pick(OLD_PATHS));
        }
        return aliases;
    }

    private void rewrite(String file, java.util.function.Consumer<Draft> edit) throws Exception {
        Draft post = drafts.get(file);
        edit.accept(post);
        cached.write(file, post.text());
    }

    private void compareEveryRoute(String when) throws Exception {
        Set<String> routes = crawl();
        drafts.values().stream().filter(post -> post.toml && routes.contains("/posts/" + post.slug))
                .forEach(post -> tomlCompared.add(post.slug));
        routesSeen.addAll(routes);
        routesSeen.addAll(UNLINKED);
        for (String route : routesSeen) {
            HttpResponse<String> expected = reference.get(route);
            HttpResponse<String> actual = cached.get(route);
            assertThat(actual.statusCode()).as(when + ": status of " + route).isEqualTo(expected.statusCode());
            assertThat(actual.body()).as(when + ": HTML of " + route).isEqualTo(expected.body());
            if (actual.headers().firstValue("X-Cache").orElse("").equals("HIT")) {
                hits++;
            }
            tocPages += actual.body().contains("<nav class=\"toc\"") ? 1 : 0;
            postNavPages += actual.body().contains("class=\"post-nav-older\"") && actual.body().contains("class=\"post-nav-newer\"") ? 1 : 0;
        }
        for (String old : OLD_PATHS) {
            for (String spelling : List.of(old, old.endsWith("/") ? old + "index.html" : old + "/")) {
                HttpResponse<String> expected = reference.get(spelling);
                HttpResponse<String> actual = cached.get(spelling);
                assertThat(actual.statusCode()).as(when + ": status of old path " + spelling).isEqualTo(expected.statusCode());
                assertThat(actual.headers().firstValue("Location")).as(when + ": Location of old path " + spelling)
                        .isEqualTo(expected.headers().firstValue("Location"));
                assertThat(actual.body()).as(when + ": body of old path " + spelling).isEqualTo(expected.body());
                if (expected.statusCode() == 301) {
                    redirects++;
                }
            }
        }
    }

    private Set<String> crawl() throws Exception {
        Set<String> seen = new TreeSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of("/"));
        while (!queue.isEmpty()) {
            String route = queue.poll();
            if (!seen.add(route)) {
                continue;
            }
            HttpResponse<String> response = reference.get(route);
            if (response.statusCode() != 200) {
                continue;
            }
            Matcher links = LINK.matcher(response.body());
            while (links.find()) {
                String link = links.group(1);
                if (!link.startsWith("/static/") && !link.startsWith("/media/") && !seen.contains(link)) {
                    queue.add(link);
                }
            }
        }
        return seen;
    }

    /** A date, or a third of the time a date and time in one of a few offsets (some the same instant as a date alone). */
    private String date() {
        String day = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(20)).toString();
        if (random.nextInt(3) > 0) {
            return day;
        }
        return day + " " + pick(new String[] {"00:00", "02:00", "09:30", "23:00"}) + " "
                + pick(new String[] {"+0000", "+0200", "-08:00", "Z"});
    }

    private List<String> tags() {
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < 1 + random.nextInt(3); i++) {
            String tag = pick(TAGS);
            if (!tags.contains(tag)) {
                tags.add(tag);
            }
        }
        return tags;
    }

    private String categories() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < random.nextInt(3); i++) {
            names.add(pick(CATEGORIES));
        }
        return names.isEmpty() ? "''" : String.join(" ", names);
    }

    /** Thirty words in three paragraphs; half the bodies give each a heading, so the post has a table of contents. */
    private String body() {
        StringBuilder body = new StringBuilder();
        boolean headings = random.nextBoolean();
        for (int i = 0; i < 30; i++) {
            if (headings && i % 10 == 0) {
                body.append("## ").append(word()).append(' ').append(i / 10 + 1).append("\n\n");
            }
            body.append(word()).append(i % 10 == 9 ? ".\n\n" : " ");
        }
        if (random.nextInt(2) == 0) {
            // A link by file name follows its target's slug and draft state, or shows as text when it is gone.
            body.append("See [an older note]({% post_url p").append(1 + random.nextInt(serial + 1)).append(" %}).\n");
        }
        return body.toString();
    }

    private String word() {
        return pick(WORDS);
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }
}
