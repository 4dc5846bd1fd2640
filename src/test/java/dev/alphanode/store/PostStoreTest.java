package dev.alphanode.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alphanode.content.Post;
import dev.alphanode.content.PostDate;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostStoreTest {
    private static final List<String> TAGS = List.of("Redis", "redis", "caching", "java", "ops");
    private static final Comparator<Post> NEWEST = Comparator.comparing((Post post) -> post.date().instant()).reversed().thenComparing(Post::slug);

    @TempDir
    Path dir;

    @Test
    void listings_counts_positions_and_names_agree_with_a_plain_sort_of_the_posts() {
        List<Post> posts = randomPosts(new Random(7), 300, true);
        try (Database db = new Database("jdbc:h2:file:" + dir.resolve("anp"))) {
            PostStore store = new PostStore(db);
            store.apply(posts, List.of());
            assertListingsMatch(store, posts);
        }
    }

    @Test
    void a_database_written_before_the_listing_index_keeps_its_listings_after_migrating() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("old");
        List<Post> posts = randomPosts(new Random(11), 120, false);
        JdbcDataSource old = new JdbcDataSource();
        old.setURL(url);
        old.setUser("sa");
        Flyway.configure().dataSource(old).locations("classpath:db/migration").target("4").load().migrate();
        try (Connection conn = old.getConnection(); Statement sql = conn.createStatement()) {
            for (Post post : posts) {
                sql.execute("INSERT INTO post (slug, source_path, content_hash, title, post_date, draft, reading_time)"
                        + " VALUES ('" + post.slug() + "', '" + post.sourcePath() + "', 'h', '" + post.title() + "', DATE '"
                        + post.date().date() + "', " + post.draft() + ", 1)");
                sql.execute("INSERT INTO post_body (slug, body_markdown, meta_json) VALUES ('" + post.slug() + "', 'body', '{}')");
                for (String tag : post.tags()) {
                    sql.execute("INSERT INTO post_term (slug, kind, term_slug, term_name) VALUES ('" + post.slug()
                            + "', 'tag', '" + tag.toLowerCase() + "', '" + tag + "')");
                }
            }
        }
        try (Database db = new Database(url)) {
            assertListingsMatch(new PostStore(db), posts);
        }
    }

    private static void assertListingsMatch(PostStore store, List<Post> posts) {
        List<Post> published = posts.stream().filter(post -> !post.draft()).sorted(NEWEST).toList();
        assertListing(store, Listing.HOME, published);
        for (String term : List.of("redis", "caching", "java", "ops")) {
            Listing listing = new Listing(Optional.of(Taxonomy.TAG), term);
            List<Post> members = published.stream()
                    .filter(post -> post.tags().stream().anyMatch(tag -> tag.equalsIgnoreCase(term))).toList();
            assertListing(store, listing, members);
            Optional<String> name = members.stream().findFirst().flatMap(newest -> newest.tags().stream()
                    .filter(tag -> tag.equalsIgnoreCase(term)).findFirst());
            assertThat(store.listingName(listing)).as("name of %s", term).isEqualTo(name);
        }
    }

    private static void assertListing(PostStore store, Listing listing, List<Post> expected) {
        assertThat(store.count(listing)).as("size of %s", listing).isEqualTo(expected.size());
        List<String> slugs = expected.stream().map(Post::slug).toList();
        List<String> paged = new ArrayList<>();
        for (int offset = 0; offset < expected.size() + 7; offset += 7) {
            List<PostSummary> page = listing.taxonomy().isEmpty() ? store.newest(offset, 7)
                    : store.byTerm(listing.taxonomy().get(), listing.termSlug(), offset, 7);
            page.forEach(summary -> paged.add(summary.slug()));
        }
        assertThat(paged).as("pages of %s", listing).isEqualTo(slugs);
        for (int i = 0; i < expected.size(); i++) {
            Post post = expected.get(i);
            assertThat(store.position(listing, post.slug(), post.date())).as("position of %s in %s", post.slug(), listing)
                    .isEqualTo(i);
        }
    }

    /**
     * Few dates (many ties), drafts, and tag names that differ only in case (one listing, two names);
     * {@code timed}: some posts also have a time in one of a few offsets, some of them the same instant
     * as another post's (02:00 +02:00 is midnight UTC, where a date alone is).
     */
    private static List<Post> randomPosts(Random random, int count, boolean timed) {
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<String> tags = new ArrayList<>();
            for (String tag : TAGS) {
                boolean sameTerm = tag.equals("redis") && tags.contains("Redis");
                if (random.nextInt(3) == 0 && !sameTerm) {
                    tags.add(tag);
                }
            }
            String slug = "post-" + Integer.toString(random.nextInt(1_000_000), 36) + "-" + i;
            LocalDate date = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(20));
            Map<String, Object> meta = new LinkedHashMap<>();
            meta.put("tags", List.copyOf(tags));
            PostDate written = PostDate.of(date);
            if (timed && random.nextBoolean()) {
                int[] hours = {0, 2, 7, 23};
                int[] offsets = {0, 2, -5, 14};
                written = PostDate.of(date.atTime(hours[random.nextInt(4)], 0), ZoneOffset.ofHours(offsets[random.nextInt(4)]));
            }
            posts.add(new Post("posts/" + slug + ".md", "hash-" + i, slug, "Title " + i, written, Optional.empty(),
                    random.nextInt(10) == 0,
                    Optional.empty(), Optional.empty(), List.of(), List.of(), List.copyOf(tags), 1, meta, "body"));
        }
        return posts;
    }
}
