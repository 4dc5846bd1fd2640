package dev.alphanode.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alphanode.RedisExtension;
import dev.alphanode.TestSite;
import dev.alphanode.generate.Generator;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A content change purges exactly the fragments whose HTML it changes, and leaves the rest cached. */
class PrecisionTest {
    private static final Pattern LINK = Pattern.compile("href=\"(/[^\"#?]*)\"");

    @RegisterExtension
    static final RedisExtension redis = new RedisExtension();
    @TempDir
    Path root;
    TestSite site;
    String prefix;

    @BeforeEach
    void startSite() throws Exception {
        site = new TestSite(root).cachedIn(redis.uri());
        new Generator(42).generate(120, site.contentDir);
        site.start();
        prefix = "anp:" + site.app().release() + ":frag:";
        warm();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void editing_one_body_purges_that_post_and_only_referrers_whose_lists_change() throws Exception {
        Path file = anyPublishedPost();
        String slug = slugOf(file);
        Set<String> before = keys();
        Files.writeString(file, Files.readString(file) + "\nOne more closing paragraph about measuring first.\n");
        site.app().sync();
        Set<String> removed = difference(before, keys());
        Set<String> own = removed.stream().filter(key -> key.startsWith(prefix + "{/posts/" + slug + "}:"))
                .collect(Collectors.toSet());
        assertThat(own).hasSize(new dev.alphanode.route.Route.Post(slug).fragments().size());
        Set<String> others = difference(removed, own);
        // Besides similar lists, the feeds that carry the post in full: the listings it is among the newest of.
        for (String key : others) {
            if (key.endsWith("}:feed")) {
                String feed = key.substring(key.indexOf('{') + 1, key.indexOf('}'));
                assertThat(site.get(feed).body()).as(key).contains("/posts/" + slug + "</id>");
            } else {
                assertThat(key).endsWith("}:similar-posts");
            }
        }
        int otherKeys = before.size() - own.size();
        assertThat(otherKeys - others.size()).as("other keys surviving").isGreaterThanOrEqualTo((int) Math.ceil(otherKeys * 0.99));
        assertThat(site.get("/posts/" + slug).body()).contains("One more closing paragraph");
    }

    @Test
    void retitling_purges_the_listing_pages_that_show_the_post_and_nothing_else_of_the_listings() throws Exception {
        Path file = anyPublishedPost();
        String slug = slugOf(file);
        String homePage = pageListing("/", "/page/", slug);
        Set<String> before = keys();
        Files.writeString(file, Files.readString(file).replaceFirst("(?m)^title: .*$", "title: \"a brand new title\""));
        site.app().sync();
        Set<String> removed = difference(before, keys());
        assertThat(removed).contains(prefix + "{" + homePage + "}:post-list");
        assertThat(removed).filteredOn(key -> key.contains(":post-list") && !key.startsWith(prefix + "{/topics/")
                        && !key.startsWith(prefix + "{/stacks/") && !key.startsWith(prefix + "{/tags/"))
                .containsExactly(prefix + "{" + homePage + "}:post-list");
        assertThat(removed).noneMatch(key -> !key.startsWith(prefix + "{/posts/" + slug + "}")
                && (key.endsWith("}:pagination") || key.endsWith("}:nav") || key.endsWith("}:footer")));
        assertThat(site.get(homePage).body()).contains("a brand new title");
    }

    @Test
    void redating_to_the_newest_purges_every_listing_page_it_shifts_and_keeps_later_ones() throws Exception {
        List<String> homePages = homePages();
        String lastPage = homePages.get(homePages.size() - 1);
        Path file = postOnPage(lastPage);
        String slug = slugOf(file);
        Set<String> before = keys();
        Files.writeString(file, Files.readString(file).replaceFirst("(?m)^date: .*$", "date: 2026-11-01"));
        site.app().sync();
        Set<String> removed = difference(before, keys());
        for (String page : homePages) {
            assertThat(removed).as("post-list of " + page).contains(prefix + "{" + page + "}:post-list");
        }
        assertThat(site.get("/").body()).contains("/posts/" + slug);
        assertThat(removed).noneMatch(key -> key.endsWith("}:pagination"));
    }

    @Test
    void a_new_post_that_adds_a_page_purges_pagination_everywhere_in_that_listing() throws Exception {
        int published = Integer.parseInt(site.get("/healthz").body().replaceAll("(?s).*\"posts\":(\\d+).*", "$1"));
        int toAdd = 10 - published % 10 + 1;
        Set<String> before = keys();
        for (int i = 0; i < toAdd; i++) {
            site.write("posts/extra/extra-" + i + ".md", TestSite.post("extra " + i, "2016-01-0" + (1 + i % 9), "", "Extra."));
        }
        site.app().sync();
        Set<String> removed = difference(before, keys());
        assertThat(removed).contains(prefix + "{/}:pagination", prefix + "{/page/2}:pagination");
        assertThat(removed).doesNotContain(prefix + "{/}:post-list");
    }

    private void warm() throws Exception {
        Deque<String> queue = new ArrayDeque<>(List.of("/"));
        Set<String> seen = new HashSet<>();
        while (!queue.isEmpty()) {
            String route = queue.poll();
            if (!seen.add(route)) {
                continue;
            }
            HttpResponse<String> response = site.get(route);
            Matcher links = LINK.matcher(response.body());
            while (links.find()) {
                String link = links.group(1);
                if (!link.startsWith("/static/") && !link.startsWith("/media/")) {
                    queue.add(link);
                }
            }
        }
    }

    private Set<String> keys() {
        return new TreeSet<>(site.app().cache().orElseThrow().redis().keys("anp:*").orElseThrow());
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }

    private Path anyPublishedPost() throws Exception {
        return postOnPage("/page/2");
    }

    private Path postOnPage(String page) throws Exception {
        Matcher link = Pattern.compile("<h2 class=\"post-card-title\"><a href=\"/posts/([a-z0-9-]+)\"").matcher(site.get(page).body());
        assertThat(link.find()).as("a post on " + page).isTrue();
        return fileOf(link.group(1));
    }

    private List<String> homePages() throws Exception {
        List<String> pages = new java.util.ArrayList<>(List.of("/"));
        for (int n = 2; site.get("/page/" + n).statusCode() == 200; n++) {
            pages.add("/page/" + n);
        }
        return pages;
    }

    private String pageListing(String first, String more, String slug) throws Exception {
        for (String page : homePages()) {
            if (site.get(page).body().contains("href=\"/posts/" + slug + "\"")) {
                return page;
            }
        }
        throw new AssertionError(slug + " is on no home page");
    }

    private Path fileOf(String slug) throws Exception {
        try (Stream<Path> files = Files.walk(site.contentDir.resolve("posts"))) {
            return files.filter(f -> f.getFileName().toString().equals(slug + ".md")).findFirst().orElseThrow();
        }
    }

    private static String slugOf(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - 3);
    }
}
