package dev.alphanode.similar;

import dev.alphanode.content.Post;
import dev.alphanode.content.SiteSettings;
import dev.alphanode.site.ContentImporter;
import dev.alphanode.site.ImportReport;
import dev.alphanode.site.SiteState;
import dev.alphanode.store.Database;
import dev.alphanode.store.PostStore;
import dev.alphanode.store.PostSummary;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Import + similar index over a generated content folder, a restart (load), incremental updates
 * (median, p95) and, with --baseline, the old per-request taxonomy query and a naive all-pairs
 * scorer. A plain timed main, in the engine's package to reach the all-pairs scorer; see README.md.
 */
public final class SimilarBench {
    private static final Map<String, Double> WEIGHTS = SiteSettings.DEFAULT_SIMILAR_WEIGHTS;
    private static final int K = 5;

    public static void main(String[] args) throws Exception {
        if (args[0].equals("--db")) {
            indexOnly(args[1]);
            return;
        }
        Path content = Path.of(args[0]);
        int ops = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        boolean baseline = Arrays.asList(args).contains("--baseline");
        HeapPeak heap = HeapPeak.start();
        Path dir = Files.createTempDirectory("similar-bench");
        try (Database db = new Database("jdbc:h2:file:" + dir.resolve("alphanode"))) {
            PostStore store = new PostStore(db);
            long start = System.nanoTime();
            ImportReport report = new ContentImporter(content, store, new SiteState()).importFresh();
            long imported = System.nanoTime();
            SimilarPosts similar = new SimilarPosts(db);
            int listed = similar.rebuild(WEIGHTS, K).size();
            long indexed = System.nanoTime();
            print("posts imported", report.imported() + " (" + store.countPublished() + " published)");
            print("import", ms(imported - start));
            print("similar index (rebuild)", ms(indexed - imported) + ", " + listed + " lists");
            print("import + index", ms(indexed - start));
            print("peak heap used (sampled every 2 ms, garbage included)", mb(heap.peak()));
            print("heap live after full GC", mb(heap.liveAfterGc()));
            timeRestartAndRebuild(db, similar);
            Quality quality = quality(store, similar);
            print("precision@5 (same topic x stack)", String.format(Locale.ROOT, "%.3f", quality.precision()));
            print("similarTo() per post (stored list + cards, what a page view pays)",
                    String.format(Locale.ROOT, "%.2f ms", quality.millisPerList()));
            incremental(store, similar, ops);
            if (baseline) {
                Baselines.run(db, store);
            }
            print("peak heap used overall", mb(heap.peak()));
        }
    }

    /** The engine alone over an already imported H2 file: its own heap peak, without the importer's. */
    private static void indexOnly(String h2File) {
        HeapPeak heap = HeapPeak.start();
        try (Database db = new Database("jdbc:h2:file:" + h2File)) {
            long start = System.nanoTime();
            int listed = new SimilarPosts(db).rebuild(WEIGHTS, K).size();
            print("similar index (rebuild) of an imported database", ms(System.nanoTime() - start) + ", " + listed
                    + " lists");
            print("peak heap used (sampled every 2 ms, garbage included)", mb(heap.peak()));
            start = System.nanoTime();
            new SimilarPosts(db).load(WEIGHTS, K);
            print("restart: load()", ms(System.nanoTime() - start));
            print("peak heap used overall", mb(heap.peak()));
        }
    }

    private static void timeRestartAndRebuild(Database db, SimilarPosts similar) {
        long start = System.nanoTime();
        int changed = new SimilarPosts(db).load(WEIGHTS, K).size();
        print("restart: load() on unchanged posts", ms(System.nanoTime() - start) + ", " + changed + " lists changed");
        Map<String, Double> other = new HashMap<>(WEIGHTS);
        other.put("tags", 3.0);
        start = System.nanoTime();
        int reweighted = similar.rebuild(other, K).size();
        print("rebuild after a weight change", ms(System.nanoTime() - start) + ", " + reweighted + " lists changed");
        similar.rebuild(WEIGHTS, K);
    }

    private record Quality(double precision, double millisPerList) {
    }

    /** Generated slugs are {@code <topic>-<stack>-<n>}: the cluster is the slug without its number. */
    private static Quality quality(PostStore store, SimilarPosts similar) {
        List<PostSummary> posts = store.newest(0, Integer.MAX_VALUE);
        long start = System.nanoTime();
        Map<String, Integer> sizes = new HashMap<>();
        posts.forEach(post -> sizes.merge(cluster(post.slug()), 1, Integer::sum));
        double sum = 0;
        int ranked = 0;
        for (PostSummary post : posts) {
            if (sizes.get(cluster(post.slug())) > K) {
                long same = similar.similarTo(post.slug(), K).stream()
                        .filter(n -> cluster(n.slug()).equals(cluster(post.slug()))).count();
                sum += same / (double) K;
                ranked++;
            }
        }
        return new Quality(sum / ranked, (System.nanoTime() - start) / 1e6 / ranked);
    }

    private static String cluster(String slug) {
        return slug.replaceFirst("-\\d+$", "");
    }

    private static void incremental(PostStore store, SimilarPosts similar, int ops) {
        List<String> slugs = new ArrayList<>(store.slugOwners().keySet());
        slugs.sort(null);
        Random random = new Random(7);
        long[] update = new long[ops];
        long[] write = new long[ops];
        long affected = 0;
        for (int i = 0; i < ops; i++) {
            Edit edit = Edit.random(store, slugs, random, Integer.toString(i));
            long start = System.nanoTime();
            store.apply(edit.upserted(), edit.removedSources());
            long written = System.nanoTime();
            Set<String> changed = similar.update(edit.upserted(), edit.removedSlugs(), WEIGHTS, K);
            update[i] = System.nanoTime() - written;
            write[i] = written - start;
            affected += changed.size();
            edit.upserted().forEach(post -> slugs.add(post.slug()));
            slugs.removeAll(edit.removedSlugs());
        }
        print("incremental update(), " + ops + " edits", "median " + ms(percentile(update, 50)) + ", p95 "
                + ms(percentile(update, 95)) + ", max " + ms(percentile(update, 100)) + "; lists changed per edit "
                + String.format(Locale.ROOT, "%.1f", affected / (double) ops));
        print("  PostStore.apply of the same edits (not part of the engine)", "median " + ms(percentile(write, 50))
                + ", p95 " + ms(percentile(write, 95)));
    }

    private record Edit(List<Post> upserted, List<String> removedSources, List<String> removedSlugs) {
        static Edit random(PostStore store, List<String> slugs, Random random, String id) {
            Post post = store.findBySlug(slugs.get(random.nextInt(slugs.size()))).orElseThrow();
            Post other = store.findBySlug(slugs.get(random.nextInt(slugs.size()))).orElseThrow();
            int roll = random.nextInt(100);
            if (roll < 40) {
                return upsert(copy(post, post.slug(), post.sourcePath(), post.title(), post.tags(),
                        post.body() + "\n\n" + other.body().substring(0, Math.min(600, other.body().length()))));
            } else if (roll < 55) {
                return upsert(copy(post, post.slug(), post.sourcePath(), other.title(), post.tags(), post.body()));
            } else if (roll < 70) {
                return upsert(copy(post, post.slug(), post.sourcePath(), post.title(), other.tags(), post.body()));
            } else if (roll < 85) {
                String slug = "bench-new-" + id;
                return upsert(copy(other, slug, "posts/bench/" + slug + ".md", other.title(), other.tags(),
                        other.body() + "\n\nbench " + id));
            }
            return new Edit(List.of(), List.of(post.sourcePath()), List.of(post.slug()));
        }

        private static Edit upsert(Post post) {
            return new Edit(List.of(post), List.of(), List.of());
        }

        private static Post copy(Post p, String slug, String source, String title, List<String> tags, String body) {
            Map<String, Object> meta = new HashMap<>(p.meta());
            meta.put("tags", tags);
            return new Post(source, Integer.toHexString((slug + title + tags + body).hashCode()) + "-" + body.length(),
                    slug, title, p.date(), p.updated(), false, p.topic(), p.summary(), p.stack(), p.tools(), tags, p.readingTime(),
                    meta, body);
        }
    }

    /**
     * The baselines, measured in the same run: the first engine's query (TaxonomyOverlap at commit
     * 6cddcba, copied here so the baseline outlives it), and all pairs scored with this formula.
     */
    private static final class Baselines {
        private static final int SAMPLE = 500;
        private static final String OVERLAP_SQL = """
                SELECT p.slug, SUM(CASE t.kind WHEN 'topic' THEN CAST(? AS DOUBLE PRECISION)
                        WHEN 'stack' THEN CAST(? AS DOUBLE PRECISION) WHEN 'tool' THEN CAST(? AS DOUBLE PRECISION)
                        ELSE CAST(? AS DOUBLE PRECISION) END) AS score
                FROM post_term me
                JOIN post_term t ON t.kind = me.kind AND t.term_slug = me.term_slug AND t.slug <> me.slug
                JOIN post p ON p.slug = t.slug AND p.draft = FALSE
                WHERE me.slug = ?
                GROUP BY p.slug, p.title, p.post_at, p.summary, p.reading_time
                ORDER BY score DESC, p.post_at DESC, p.slug
                LIMIT ?""";

        static void run(Database db, PostStore store) throws SQLException {
            List<PostSummary> posts = store.newest(0, Integer.MAX_VALUE);
            int step = Math.max(1, posts.size() / SAMPLE);
            long start = System.nanoTime();
            int sampled = 0;
            try (Connection conn = db.connection(); PreparedStatement ps = conn.prepareStatement(OVERLAP_SQL)) {
                for (int i = 0; i < posts.size(); i += step, sampled++) {
                    overlap(ps, posts.get(i).slug());
                }
            }
            double perPost = (System.nanoTime() - start) / 1e6 / sampled;
            print("baseline: TaxonomyOverlap SQL, " + sampled + " posts sampled", String.format(Locale.ROOT,
                    "%.1f ms per post (paid per page view, taxonomy only); every post: %.0f s", perPost,
                    perPost * posts.size() / 1000));
            start = System.nanoTime();
            int pairs = allPairs(db);
            print("baseline: naive all-pairs, same formula", ms(System.nanoTime() - start) + " (" + pairs + " pairs)");
        }

        private static void overlap(PreparedStatement ps, String slug) throws SQLException {
            ps.setDouble(1, WEIGHTS.get("topic"));
            ps.setDouble(2, WEIGHTS.get("stack"));
            ps.setDouble(3, WEIGHTS.get("tools"));
            ps.setDouble(4, WEIGHTS.get("tags"));
            ps.setString(5, slug);
            ps.setInt(6, K);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rs.getString(1);
                }
            }
        }

        private static int allPairs(Database db) {
            List<PostRow> rows = new PostRows(new dev.alphanode.store.SimilarTables(db), new TextTerms()).published();
            Index index = Index.of(Tuning.DEFAULTS, rows);
            Weights weights = Weights.of(WEIGHTS);
            int n = index.capacity();
            int pairs = 0;
            double[] scores = new double[n];
            for (int a = 0; a < n; a++) {
                for (int b = 0; b < n; b++) {
                    scores[b] = b == a ? 0 : index.pair(a, b, weights).score();
                }
                pairs += n - 1;
                Arrays.sort(scores.clone());
            }
            return pairs;
        }
    }

    private static long percentile(long[] values, int p) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static String ms(long nanos) {
        return nanos >= 10_000_000_000L ? String.format(Locale.ROOT, "%.1f s", nanos / 1e9)
                : String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
    }

    private static String mb(long bytes) {
        return (bytes >> 20) + " MB";
    }

    private static void print(String what, String value) {
        System.out.println(String.format(Locale.ROOT, "%-62s %s", what, value));
    }

    /** Samples used heap (garbage included) from a daemon thread; the maximum seen is the peak. */
    private static final class HeapPeak {
        private volatile long peak;

        static HeapPeak start() {
            HeapPeak heap = new HeapPeak();
            Thread sampler = new Thread(heap::sample, "heap-peak");
            sampler.setDaemon(true);
            sampler.start();
            return heap;
        }

        long peak() {
            return peak;
        }

        long liveAfterGc() {
            System.gc();
            return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        }

        private void sample() {
            var memory = ManagementFactory.getMemoryMXBean();
            while (true) {
                peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }
}
