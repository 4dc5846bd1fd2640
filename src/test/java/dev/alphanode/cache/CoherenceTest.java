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
 * pages, feeds (the site's and every listing's, found through their alternate links), the sitemap,
 * robots.txt and searches. Posts carry Jekyll categories.
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
    void every_route_matches_an_uncached_render_after_each_of_220_random_changes() throws Exception {
        compareEveryRoute("initial content");
        for (int op = 1; op <= 220; op++) {
            String change = randomChange();
            cached.app().sync();
            reference.app().sync();
            compareEveryRoute("after change " + op + ": " + change);
        }
        assertThat(hits).as("cache hits during the run (the cache must have been exercised)").isGreaterThan(2_000);
        assertThat(routesSeen).as("routes compared").contains("/feed.xml", "/sitemap.xml", "/search?q=latency")
                .anyMatch(route -> route.startsWith("/tags/") && route.endsWith("/feed.xml"))
                .anyMatch(route -> route.startsWith("/topics/") && route.endsWith("/feed.xml"))
                .anyMatch(route -> route.startsWith("/categories/") && route.endsWith("/feed.xml"))
                .anyMatch(route -> route.startsWith("/categories/") && route.contains("/page/"));
    }

    private String randomChange() throws Exception {
        int kind = random.nextInt(11);
        if (files.size() < 8 || kind == 0) {
            return "create " + create();
        }
        String file = files.get(random.nextInt(files.size()));
        return switch (kind) {
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
            case 10 -> {
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
        String categories;
        String summary;
        String body;

        String text() {
            return "---\ntitle: \"" + title + "\"\nslug: " + slug + "\ndate: " + date + "\ndraft: " + draft
                    + "\ntopic: \"" + topic + "\"\nstack: [\"" + stack + "\"]\ntags: [" + String.join(", ", tags)
                    + "]\ncategories: " + categories + "\nsummary: \"" + summary + "\"\n---\n" + body + "\n";
        }
    }

    private final java.util.Map<String, Draft> drafts = new java.util.HashMap<>();

    private String create() throws Exception {
        Draft post = new Draft();
        serial++;
        post.title = "notes on " + word() + " " + serial;
        post.slug = "post-" + serial;
        post.date = date();
        post.draft = random.nextInt(10) == 0;
        post.topic = pick(TOPICS);
        post.stack = pick(STACKS);
        post.tags = tags();
        post.categories = categories();
        post.summary = "about " + word() + " and " + word();
        post.body = body();
        String file = "posts/p" + serial + ".md";
        files.add(file);
        drafts.put(file, post);
        cached.write(file, post.text());
        return file;
    }

    private void rewrite(String file, java.util.function.Consumer<Draft> edit) throws Exception {
        Draft post = drafts.get(file);
        edit.accept(post);
        cached.write(file, post.text());
    }

    private void compareEveryRoute(String when) throws Exception {
        Set<String> routes = crawl();
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

    private String date() {
        return LocalDate.of(2024, 1, 1).plusDays(random.nextInt(20)).toString();
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

    private String body() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            body.append(word()).append(i % 10 == 9 ? ".\n\n" : " ");
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
