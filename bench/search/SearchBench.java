import dev.alphanode.content.ContentFile;
import dev.alphanode.content.ContentFiles;
import dev.alphanode.content.Post;
import dev.alphanode.content.PostParser;
import dev.alphanode.generate.Generator;
import dev.alphanode.search.SearchIndex;
import dev.alphanode.search.SearchQuery;
import dev.alphanode.search.SearchResults;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Search over N generated posts (or a content folder): rebuild of an on-disk index, reopen, then
 * uncached queries of 1-3 words sampled from one post's title and body each (after a warm-up),
 * page 1 of 10 with snippets, and single-post replaces.
 * Usage: {@code java -cp target/alphanode.jar bench/search/SearchBench.java [posts=20000 | CONTENT_DIR]
 * [queries=2000] [seed=1]}. Prints one line per figure and the load average before and after.
 */
public class SearchBench {
    static final Pattern WORD = Pattern.compile("[a-z]{3,}");
    static final int PAGE_SIZE = 10;

    public static void main(String[] args) throws Exception {
        String what = args.length > 0 ? args[0] : "20000";
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        print("load average before", load());
        Path work = Files.createTempDirectory("anp-search-bench");
        Path content = Files.isDirectory(Path.of(what)) ? Path.of(what) : generate(Integer.parseInt(what), seed,
                work.resolve("content"));
        long start = System.nanoTime();
        List<Post> posts = read(content);
        print("posts read and parsed", posts.size() + " in " + ms(System.nanoTime() - start) + " ("
                + posts.stream().filter(Post::draft).count() + " drafts)");
        Path folder = work.resolve("search");
        try (SearchIndex index = SearchIndex.open(folder)) {
            start = System.nanoTime();
            index.rebuild(posts, "bench");
            print("rebuild (analyse, write, commit, refresh)", ms(System.nanoTime() - start));
        }
        print("index on disk", (size(folder) >> 20) + " MB");
        start = System.nanoTime();
        try (SearchIndex index = SearchIndex.open(folder)) {
            print("reopen + needsRebuild", ms(System.nanoTime() - start) + ", " + index.needsRebuild("bench"));
            Random random = new Random(seed);
            List<String> warmUp = sample(posts, random, 500);
            List<String> timed = sample(posts, random, queries);
            warmUp.forEach(q -> index.search(query(q, Optional.empty()), PAGE_SIZE));
            run(index, timed, Optional.empty(), "queries, page 1 of 10 with snippets");
            run(index, sample(posts, random, queries / 4), Optional.of(posts.get(0).tags().isEmpty() ? "x"
                    : posts.get(0).tags().get(0)), "queries with a tag filter");
            replaces(index, posts, random, 50);
            // The replaced posts' old versions are deleted documents now: LiveStatsSearcher walks the
            // postings of the segments holding them, so this is what searches cost on a site being edited.
            run(index, timed, Optional.empty(), "queries again after the 50 replaces (segments with deletions)");
        } finally {
            delete(work);
        }
        print("load average after", load());
    }

    static void run(SearchIndex index, List<String> queries, Optional<String> tag, String what) {
        long[] nanos = new long[queries.size()];
        long hits = 0;
        int none = 0;
        int someWords = 0;
        for (int i = 0; i < queries.size(); i++) {
            long start = System.nanoTime();
            SearchResults results = index.search(query(queries.get(i), tag), PAGE_SIZE);
            nanos[i] = System.nanoTime() - start;
            hits += results.totalHits();
            none += results.totalHits() == 0 ? 1 : 0;
            someWords += results.allWords() ? 0 : 1;
        }
        print(queries.size() + " " + what, "p50 " + ms(percentile(nanos, 50)) + ", p95 " + ms(percentile(nanos, 95))
                + ", p99 " + ms(percentile(nanos, 99)) + ", max " + ms(percentile(nanos, 100)));
        print("  hits per query (mean); no hits; not all words", String.format(Locale.ROOT, "%.0f; %d; %d",
                hits / (double) queries.size(), none, someWords));
    }

    static void replaces(SearchIndex index, List<Post> posts, Random random, int count) {
        long[] nanos = new long[count];
        for (int i = 0; i < count; i++) {
            Post p = posts.get(random.nextInt(posts.size()));
            Post edited = new Post(p.sourcePath(), p.contentHash() + i, p.slug(), p.title() + " edited", p.date(),
                    p.updated(), p.draft(), p.topic(), p.summary(), p.stack(), p.tools(), p.tags(), p.readingTime(), p.meta(),
                    p.body());
            long start = System.nanoTime();
            index.replace(List.of(edited), List.of(), "bench-" + i);
            nanos[i] = System.nanoTime() - start;
        }
        print(count + " replace() of one post (commit + refresh)", "p50 " + ms(percentile(nanos, 50)) + ", p95 "
                + ms(percentile(nanos, 95)) + ", max " + ms(percentile(nanos, 100)));
    }

    static SearchQuery query(String q, Optional<String> tag) {
        return SearchQuery.parse(q, Optional.empty(), Optional.empty(), tag, 1);
    }

    /** 1-3 words of one random post's title and body, so multi-word queries mostly have hits. */
    static List<String> sample(List<Post> posts, Random random, int count) {
        List<String> queries = new ArrayList<>(count);
        while (queries.size() < count) {
            Post post = posts.get(random.nextInt(posts.size()));
            List<String> words = new ArrayList<>();
            Matcher m = WORD.matcher((post.title() + " " + post.body()).toLowerCase(Locale.ROOT));
            while (m.find()) {
                words.add(m.group());
            }
            if (words.isEmpty()) {
                continue;
            }
            int n = 1 + random.nextInt(3);
            StringBuilder q = new StringBuilder();
            for (int i = 0; i < n; i++) {
                q.append(i == 0 ? "" : " ").append(words.get(random.nextInt(words.size())));
            }
            queries.add(q.toString());
        }
        return queries;
    }

    static Path generate(int count, long seed, Path out) throws IOException {
        long start = System.nanoTime();
        new Generator(seed).generate(count, out);
        print("generated", count + " posts (seed " + seed + ") in " + ms(System.nanoTime() - start));
        return out;
    }

    static List<Post> read(Path content) throws IOException {
        PostParser parser = new PostParser();
        List<Post> posts = new ArrayList<>();
        for (ContentFile file : ContentFiles.listPosts(content)) {
            parser.parse(ContentFiles.readPost(file)).post().ifPresent(posts::add);
        }
        return posts;
    }

    static long percentile(long[] values, int p) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    static String load() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).strip() + " (" + Runtime.getRuntime().availableProcessors()
                + " cores)";
    }

    static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    static void delete(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.delete(f);
            }
        }
    }

    static String ms(long nanos) {
        return nanos >= 10_000_000_000L ? String.format(Locale.ROOT, "%.1f s", nanos / 1e9)
                : String.format(Locale.ROOT, "%.2f ms", nanos / 1e6);
    }

    static void print(String what, String value) {
        System.out.println(String.format(Locale.ROOT, "%-56s %s", what, value));
    }
}
