package dev.alphanode.similar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alphanode.content.Post;
import dev.alphanode.content.SiteSettings;
import dev.alphanode.store.SimilarTables;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random create/edit/delete sequences: after every step each stored list equals a full recompute,
 * and the returned set is exactly the published posts whose list (as pages show it) changed.
 */
class IncrementalUpdateTest {
    private static final Map<String, Double> WEIGHTS = SiteSettings.DEFAULT_SIMILAR_WEIGHTS;
    private static final int K = 5;
    private static final int STEPS = 40;
    private static final List<String> TAG_POOL = List.of("caching", "performance", "security", "deployment",
            "databases", "frontend", "operations", "testing", "reliability", "php", "java");

    @TempDir
    Path root;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void every_step_leaves_the_lists_of_a_full_recompute_and_reports_exactly_the_changed_ones(long seed)
            throws Exception {
        Tuning tuning = Tuning.DEFAULTS;
        try (TestCorpus corpus = TestCorpus.generated(root, seed, 200)) {
            SimilarPosts similar = new SimilarPosts(corpus.db, tuning);
            similar.rebuild(WEIGHTS, K);
            Random random = new Random(seed);
            for (int step = 0; step < STEPS; step++) {
                Map<String, List<String>> before = ListViews.read(corpus);
                Edit edit = randomEdit(corpus, random, step);
                corpus.store.apply(edit.upserted(), edit.removedSources());
                Set<String> reported = similar.update(edit.upserted(), edit.removedSlugs(), WEIGHTS, K);
                Map<String, List<String>> after = ListViews.read(corpus);
                assertThat(reported).as("step %d: %s", step, edit.what()).isEqualTo(changed(corpus, before, after));
                assertThat(new ListStore(new SimilarTables(corpus.db)).readAll()).as("step %d: %s", step, edit.what())
                        .isEqualTo(Reference.lists(corpus.db, tuning, Weights.of(WEIGHTS), K));
            }
        }
    }

    private record Edit(String what, List<Post> upserted, List<String> removedSources, List<String> removedSlugs) {
        static Edit upsert(String what, Post post) {
            return new Edit(what, List.of(post), List.of(), List.of());
        }
    }

    private static Set<String> changed(TestCorpus corpus, Map<String, List<String>> before,
                                       Map<String, List<String>> after) {
        Set<String> changed = new HashSet<>();
        for (String slug : corpus.slugs("WHERE draft = FALSE")) {
            if (!before.getOrDefault(slug, List.of()).equals(after.getOrDefault(slug, List.of()))) {
                changed.add(slug);
            }
        }
        return changed;
    }

    private static Edit randomEdit(TestCorpus corpus, Random random, int step) {
        List<String> slugs = corpus.slugs("");
        Post post = corpus.store.findBySlug(slugs.get(random.nextInt(slugs.size()))).orElseThrow();
        Post other = corpus.store.findBySlug(slugs.get(random.nextInt(slugs.size()))).orElseThrow();
        int roll = random.nextInt(100);
        if (roll < 20) {
            String slug = "new-post-" + step;
            return Edit.upsert("create " + slug, Posts.copyAs(other, slug, other.date().date().plusDays(random.nextInt(40) - 20),
                    paragraph(post, random)));
        } else if (roll < 35) {
            return Edit.upsert("edit body of " + post.slug(), Posts.withBody(post, random.nextBoolean()
                    ? post.body() + "\n\n" + paragraph(other, random) + "\n"
                    : post.body().substring(0, post.body().length() / 2)));
        } else if (roll < 45) {
            return Edit.upsert("edit title of " + post.slug(), Posts.withTitle(post, other.title()));
        } else if (roll < 55) {
            return Edit.upsert("edit tags of " + post.slug(), Posts.withTags(post, tags(random)));
        } else if (roll < 62) {
            return Edit.upsert("edit topic of " + post.slug(), Posts.withTopic(post,
                    random.nextInt(4) == 0 ? Optional.empty() : other.topic()));
        } else if (roll < 67) {
            return Edit.upsert("edit date of " + post.slug(), Posts.withDate(post, other.date().date()));
        } else if (roll < 77) {
            return Edit.upsert("toggle draft of " + post.slug(), Posts.withDraft(post, !post.draft()));
        } else if (roll < 87) {
            return new Edit("delete " + post.slug(), List.of(), List.of(post.sourcePath()), List.of(post.slug()));
        } else if (roll < 93) {
            Post moved = Posts.withSlug(post, post.slug() + "-moved");
            return new Edit("move " + post.slug(), List.of(moved), List.of(), List.of(post.slug()));
        }
        return Edit.upsert("save " + post.slug() + " unchanged", post);
    }

    private static String paragraph(Post post, Random random) {
        String body = post.body();
        int from = random.nextInt(Math.max(1, body.length() / 2));
        return body.substring(from, Math.min(body.length(), from + 400)).replace("```", "");
    }

    private static List<String> tags(Random random) {
        Collection<String> tags = new HashSet<>();
        int count = random.nextInt(4);
        while (tags.size() < count) {
            tags.add(TAG_POOL.get(random.nextInt(TAG_POOL.size())));
        }
        return new ArrayList<>(tags).stream().sorted().toList();
    }
}
