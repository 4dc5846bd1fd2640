package dev.alphanode.similar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alphanode.content.Post;
import dev.alphanode.content.SiteSettings;
import dev.alphanode.store.SimilarTables;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A thousand and more random edits, delivered in batches of 1–20 as the content watcher hands them
 * over: the stored lists end up exactly those a fresh engine builds from the final posts, and
 * every list that changed on the way was reported so that its cached fragment was purged.
 */
class EditHistoryTest {
    private static final Map<String, Double> WEIGHTS = SiteSettings.DEFAULT_SIMILAR_WEIGHTS;
    private static final int K = 5;
    private static final int EDITS = 1_200;
    private static final List<String> TAGS = List.of("caching", "performance", "security", "deployment",
            "databases", "frontend", "operations", "testing", "reliability", "php", "java");
    private static final List<String> STACKS = List.of("java", "php", "python", "go", "rust", "node");

    @TempDir
    Path root;

    @Test
    void any_edit_history_leaves_the_lists_a_fresh_rebuild_gives_and_reports_every_list_it_changed()
            throws Exception {
        try (TestCorpus corpus = TestCorpus.generated(root.resolve("edited"), 11, 300);
             TestCorpus twin = TestCorpus.generated(root.resolve("fresh"), 11, 300)) {
            SimilarPosts similar = new SimilarPosts(corpus.db);
            similar.rebuild(WEIGHTS, K);
            SimilarPosts fresh = new SimilarPosts(twin.db);
            Random random = new Random(11);
            Map<String, List<Neighbour>> before = new ListStore(new SimilarTables(corpus.db)).readAll();
            int edits = 0;
            int step = 0;
            while (edits < EDITS) {
                Batch batch = randomBatch(corpus, random, step++, 1 + random.nextInt(20));
                corpus.store.apply(batch.upserted(), batch.removedSources());
                twin.store.apply(batch.upserted(), batch.removedSources());
                Set<String> reported = similar.update(batch.upserted(), batch.removedSlugs(), WEIGHTS, K);
                Map<String, List<Neighbour>> after = new ListStore(new SimilarTables(corpus.db)).readAll();
                assertThat(reported).as("batch %d: %s", step, batch.what()).containsAll(changed(before, after));
                fresh.rebuild(WEIGHTS, K);
                Map<String, List<Neighbour>> rebuilt = new ListStore(new SimilarTables(twin.db)).readAll();
                assertThat(differing(after, rebuilt)).as("lists (of %d) that differ from a fresh rebuild after batch %d,"
                        + " %d edits", rebuilt.size(), step, edits + batch.size()).isEmpty();
                before = after;
                edits += batch.size();
            }
        }
    }

    private record Batch(List<String> what, List<Post> upserted, List<String> removedSources,
                         List<String> removedSlugs) {
        int size() {
            return what.size();
        }
    }

    /** The published posts whose stored list differs; a list that was deleted (its post is gone or a draft) is not shown. */
    private static Set<String> changed(Map<String, List<Neighbour>> before, Map<String, List<Neighbour>> after) {
        Set<String> changed = new HashSet<>();
        after.forEach((slug, list) -> {
            if (!list.equals(before.get(slug))) {
                changed.add(slug);
            }
        });
        return changed;
    }

    private static Set<String> differing(Map<String, List<Neighbour>> lists, Map<String, List<Neighbour>> expected) {
        Set<String> differing = changed(lists, expected);
        differing.addAll(changed(expected, lists));
        return differing;
    }

    /** Edits to distinct posts, as one watcher batch holds at most one version of each file. */
    private static Batch randomBatch(TestCorpus corpus, Random random, int step, int size) {
        List<String> slugs = corpus.slugs("");
        Map<String, Post> picked = new LinkedHashMap<>();
        while (picked.size() < Math.min(size, slugs.size())) {
            String slug = slugs.get(random.nextInt(slugs.size()));
            picked.computeIfAbsent(slug, s -> corpus.store.findBySlug(s).orElseThrow());
        }
        List<String> what = new ArrayList<>();
        List<Post> upserted = new ArrayList<>();
        List<String> removedSources = new ArrayList<>();
        List<String> removedSlugs = new ArrayList<>();
        int n = 0;
        for (Post post : picked.values()) {
            Post other = corpus.store.findBySlug(slugs.get(random.nextInt(slugs.size()))).orElseThrow();
            int roll = random.nextInt(100);
            if (roll < 20) {
                String slug = "new-" + step + "-" + n++;
                what.add("create " + slug);
                upserted.add(Posts.copyAs(other, slug, other.date().date().plusDays(random.nextInt(40) - 20),
                        paragraph(post, random)));
            } else if (roll < 45) {
                what.add("edit body of " + post.slug());
                upserted.add(Posts.withBody(post, random.nextBoolean()
                        ? post.body() + "\n\n" + paragraph(other, random) + "\n"
                        : post.body().substring(0, post.body().length() / 2)));
            } else if (roll < 65) {
                what.add("edit taxonomy of " + post.slug());
                upserted.add(taxonomyEdit(post, other, random));
            } else if (roll < 75) {
                what.add("toggle draft of " + post.slug());
                upserted.add(Posts.withDraft(post, !post.draft()));
            } else if (roll < 87) {
                what.add("delete " + post.slug());
                removedSources.add(post.sourcePath());
                removedSlugs.add(post.slug());
            } else {
                String slug = post.slug() + "-m" + step;
                what.add("move " + post.slug() + " to " + slug);
                upserted.add(Posts.withSlug(post, slug.length() > 100 ? "moved-" + step + "-" + n++ : slug));
                removedSlugs.add(post.slug());
            }
        }
        return new Batch(what, upserted, removedSources, removedSlugs);
    }

    private static Post taxonomyEdit(Post post, Post other, Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> Posts.withTags(post, tags(random));
            case 1 -> Posts.withTopic(post, random.nextInt(4) == 0 ? Optional.empty() : other.topic());
            default -> Posts.of(post.sourcePath(), post.slug(), post.title(), post.date().date(), post.draft(), post.topic(),
                    post.summary(), List.of(STACKS.get(random.nextInt(STACKS.size()))), post.tools(), post.tags(),
                    post.body());
        };
    }

    private static String paragraph(Post post, Random random) {
        String body = post.body();
        int from = random.nextInt(Math.max(1, body.length() / 2));
        return body.substring(from, Math.min(body.length(), from + 400)).replace("```", "");
    }

    private static List<String> tags(Random random) {
        Set<String> tags = new HashSet<>();
        int count = random.nextInt(4);
        while (tags.size() < count) {
            tags.add(TAGS.get(random.nextInt(TAGS.size())));
        }
        return tags.stream().sorted().toList();
    }
}
