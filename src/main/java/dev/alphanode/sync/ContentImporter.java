package dev.alphanode.sync;

import dev.alphanode.content.ContentFile;
import dev.alphanode.content.ContentFiles;
import dev.alphanode.content.ParseResult;
import dev.alphanode.content.ContentProblem;
import dev.alphanode.content.PostSource;
import dev.alphanode.content.Post;
import dev.alphanode.content.PostParser;
import dev.alphanode.content.Progress;
import dev.alphanode.content.RedirectStub;
import dev.alphanode.content.SiteSettings;
import dev.alphanode.content.SiteSettingsParser;
import dev.alphanode.store.PostStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the store in line with {@code content/}: files whose hash is already stored are
 * skipped, changed files are parsed (in parallel) and validated, invalid files are reported
 * and keep their last good version, files that are gone lose their post.
 */
public final class ContentImporter {
    private static final Logger log = LoggerFactory.getLogger(ContentImporter.class);
    private static final String SITE_FILE = "site.yml";
    /** Files per chunk of a fresh import; PostStore writes up to as many posts per transaction. */
    private static final int CHUNK = 2000;
    private static final int CHUNKS_AHEAD = 2;
    /** From this many files to parse, an import shows its progress (a bar on a terminal, else log lines). */
    static final int PROGRESS_FROM = 1_000;

    private final Path contentDir;
    private final PostStore store;
    private final SiteState state;
    private final int chunk;
    private final PostParser parser = new PostParser();
    private final SiteSettingsParser settingsParser = new SiteSettingsParser();
    /** The current problems of every file, so a partial import keeps reporting the others. */
    private final Map<String, List<ContentProblem>> problemsByPath = new HashMap<>();
    /** Files refused for a slug an earlier path holds (loser → winner), read again when the winner changes. */
    private final Map<String, String> slugLosers = new HashMap<>();

    public ContentImporter(Path contentDir, PostStore store, SiteState state) {
        this(contentDir, store, state, CHUNK);
    }

    /** With another chunk size for {@link #importFresh()} (tests cross chunk boundaries with few files). */
    ContentImporter(Path contentDir, PostStore store, SiteState state, int chunk) {
        this.contentDir = contentDir;
        this.store = store;
        this.state = state;
        this.chunk = chunk;
    }

    /** Reads and validates, then writes: {@link #plan()} followed by {@link #apply(ImportPlan)}. */
    public synchronized ImportReport importAll() {
        return apply(plan());
    }

    /**
     * The first import into an empty store: parses the next files while it writes the previous ones
     * (a chunk at a time, at most {@link #CHUNKS_AHEAD} chunks parsed ahead), so the import takes
     * about as long as the writes alone and holds a few chunks in memory, not the whole site. With
     * nothing stored there is nothing to trace or skip, and slugs go to the first path that claims
     * them, as {@link #plan()} would decide.
     */
    public synchronized ImportReport importFresh() {
        return importFresh(written -> { });
    }

    /**
     * {@link #importFresh()}, handing each chunk's posts to {@code written} once H2 holds them (on
     * this thread, in file order; posts H2 refused are left out), so a derived index can be built
     * from them instead of reading the database again.
     */
    public synchronized ImportReport importFresh(java.util.function.Consumer<List<Post>> written) {
        long start = System.nanoTime();
        problemsByPath.clear();
        List<ContentProblem> found = new ArrayList<>();
        Optional<SiteSettings> settings = loadSettings(found);
        List<ContentFile> allFiles = list(contentDir.resolve("posts"));
        Progress progress = progress(allFiles.size());
        Map<String, String> claimed = new HashMap<>();
        Deque<CompletableFuture<List<ParsedSource>>> ahead = new ArrayDeque<>();
        int next = 0;
        int sources = 0;
        int imported = 0;
        int stubCount = 0;
        while (next < allFiles.size() || !ahead.isEmpty()) {
            while (next < allFiles.size() && ahead.size() < CHUNKS_AHEAD) {
                List<ContentFile> files = allFiles.subList(next, Math.min(next + chunk, allFiles.size()));
                ahead.add(CompletableFuture.supplyAsync(() -> files.stream().map(ContentImporter::readFile)
                        .flatMap(Optional::stream).map(this::parse).toList()));
                next += files.size();
            }
            List<ParsedSource> parsed = ahead.remove().join();
            List<RedirectStub> stubs = new ArrayList<>();
            List<Post> accepted = accept(parsed, List.of(), found, slug -> Optional.empty(), claimed, new ArrayList<>(),
                    stubs);
            if (!accepted.isEmpty()) {
                Map<String, String> refused = store.applyRefusing(accepted, List.of());
                refused.forEach((path, reason) -> found.add(refusedProblem(path, reason)));
                imported -= refused.size();
                written.accept(refused.isEmpty() ? accepted
                        : accepted.stream().filter(post -> !refused.containsKey(post.sourcePath())).toList());
            }
            store.writeStubs(stubs);
            stubCount += stubs.size();
            sources += parsed.size();
            imported += accepted.size();
            progress.advance(parsed.size());
        }
        progress.done();
        List<ContentProblem> problems = remember(List.of(), found);
        return publish(settings, new ImportReport(sources, imported, 0, 0, sources - imported - stubCount, problems,
                (System.nanoTime() - start) / 1_000_000));
    }

    /** Reads all of content/ and decides what an import would write, without writing anything. */
    public synchronized ImportPlan plan() {
        long start = System.nanoTime();
        Map<String, String> storedHashes = store.sourceHashes();
        List<PostSource> sources = read(contentDir.resolve("posts"));
        Set<String> present = new HashSet<>();
        sources.forEach(source -> present.add(source.relativePath()));
        List<String> removed = storedHashes.keySet().stream().filter(path -> !present.contains(path)).sorted().toList();
        problemsByPath.clear();
        Map<String, String> owners = store.slugOwners();
        return plan(start, sources, removed, storedHashes, slug -> Optional.ofNullable(owners.get(slug)));
    }

    /**
     * Like {@link #plan()} but only for these paths (relative to content/: post files, or folders
     * that appeared or vanished): what a file watcher saw. Problems of other files are kept.
     */
    public synchronized ImportPlan plan(Collection<String> seenPaths) {
        long start = System.nanoTime();
        Set<String> changedPaths = new TreeSet<>(seenPaths);
        slugLosers.forEach((loser, winner) -> {
            if (seenPaths.stream().anyMatch(path -> winner.equals(path) || winner.startsWith(path + "/"))) {
                changedPaths.add(loser);
            }
        });
        Map<String, String> storedHashes = store.sourceHashes(changedPaths);
        Map<String, PostSource> sources = new TreeMap<>();
        Set<String> removed = new TreeSet<>();
        for (String path : changedPaths) {
            for (PostSource source : read(contentDir.resolve(path))) {
                sources.put(source.relativePath(), source);
            }
            for (String stored : storedHashes.keySet()) {
                if ((stored.equals(path) || stored.startsWith(path + "/")) && !Files.isRegularFile(contentDir.resolve(stored))) {
                    removed.add(stored);
                }
            }
            problemsByPath.keySet().removeIf(known -> known.equals(path) || known.startsWith(path + "/"));
        }
        return plan(start, List.copyOf(sources.values()), List.copyOf(removed), storedHashes, store::slugOwner);
    }

    private ImportPlan plan(long start, List<PostSource> sources, List<String> removed, Map<String, String> storedHashes,
                            Function<String, Optional<String>> storedOwner) {
        List<ContentProblem> settingsProblems = new ArrayList<>();
        Optional<SiteSettings> settings = loadSettings(settingsProblems);
        List<PostSource> changed = sources.stream()
                .filter(source -> !source.hash().equals(storedHashes.get(source.relativePath())))
                .toList();
        Progress progress = progress(changed.size());
        List<ParsedSource> parsed = changed.parallelStream().map(source -> {
            ParsedSource one = parse(source);
            progress.advance(1);
            return one;
        }).toList();
        progress.done();
        List<ContentProblem> found = new ArrayList<>(settingsProblems);
        List<String> displaced = new ArrayList<>();
        List<RedirectStub> stubs = new ArrayList<>();
        List<Post> accepted = accept(parsed, removed, found, storedOwner, new HashMap<>(), displaced, stubs);
        List<ContentProblem> problems = remember(sources, found);
        List<String> gone = new ArrayList<>(removed);
        gone.addAll(displaced);
        stubs.stream().map(RedirectStub::sourcePath).filter(storedHashes::containsKey).forEach(gone::add);
        return new ImportPlan(accepted, gone, problems, settings, sources.size(), sources.size() - changed.size(),
                changed.size() - accepted.size() - stubs.size(), start, stubs);
    }

    /** Writes a plan (one transaction per batch) and publishes its settings and report. */
    public synchronized ImportReport apply(ImportPlan plan) {
        return publish(write(plan));
    }

    /**
     * Writes a plan; returns it as written: a post the database refused (see
     * {@link PostStore#applyRefusing}) is moved from the accepted posts to the problems, its last good
     * version kept, so it is reported like any invalid file and the rest of the change still lands.
     */
    public synchronized ImportPlan write(ImportPlan plan) {
        if (!plan.changesPosts()) {
            return plan;
        }
        Map<String, String> refused = store.applyRefusing(plan.accepted(), plan.removedSources());
        store.writeStubs(plan.stubs());
        if (refused.isEmpty()) {
            return plan;
        }
        List<ContentProblem> found = new ArrayList<>();
        refused.forEach((path, reason) -> found.add(refusedProblem(path, reason)));
        found.forEach(problem -> problemsByPath.computeIfAbsent(problem.path(), key -> new ArrayList<>()).add(problem));
        return plan.refusing(refused.keySet(), found);
    }

    /** Publishes a written plan's settings and report. */
    public synchronized ImportReport publish(ImportPlan written) {
        return publish(written.settings(), new ImportReport(written.files(), written.accepted().size(),
                written.unchanged(), written.removedSources().size(), written.rejected(), written.problems(),
                (System.nanoTime() - written.startNanos()) / 1_000_000));
    }

    private static ContentProblem refusedProblem(String path, String reason) {
        return ContentProblem.error(path, 1, "the post could not be stored: " + reason
                + " (expected a post within the content limits in README.md; retrying will not help until the file"
                + " changes; its last good version, if any, is still served)");
    }

    /**
     * Replaces the remembered problems of site.yml and of these (re-read) sources with those just
     * found; returns every file's current problems, sorted.
     */
    private List<ContentProblem> remember(List<PostSource> sources, List<ContentProblem> found) {
        problemsByPath.keySet().removeIf(path -> path.equals(SITE_FILE));
        sources.forEach(source -> problemsByPath.remove(source.relativePath()));
        found.forEach(problem -> problemsByPath.computeIfAbsent(problem.path(), path -> new ArrayList<>()).add(problem));
        List<ContentProblem> problems = new ArrayList<>();
        problemsByPath.values().forEach(problems::addAll);
        problems.sort(Comparator.comparing(ContentProblem::path).thenComparingInt(ContentProblem::line));
        return problems;
    }

    private ImportReport publish(Optional<SiteSettings> settings, ImportReport report) {
        settings.ifPresent(state::settings);
        state.lastImport(report);
        log.info("import: {} files, {} imported, {} unchanged, {} removed, {} rejected in {} ms",
                report.files(), report.imported(), report.unchanged(), report.removed(), report.rejected(),
                report.millis());
        report.problems().forEach(problem -> log.warn("content: {}", problem));
        return report;
    }

    /** The file's bytes, or empty when it vanished between listing and reading (an editor's rename). */
    private static Optional<PostSource> readFile(ContentFile file) {
        try {
            return Optional.of(ContentFiles.readPost(file));
        } catch (java.nio.file.NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file.path() + " failed", e);
        }
    }

    private static Progress progress(int files) {
        return files < PROGRESS_FROM ? Progress.none() : Progress.of("import", files, System.err, log::info);
    }

    private record ParsedSource(PostSource source, ParseResult result) {
    }

    /** Parsed, kept without the file's bytes: nothing after the parse reads them. */
    private ParsedSource parse(PostSource source) {
        return new ParsedSource(source.withoutBytes(), parser.parse(source));
    }

    /** Every post file under {@code start}, read and hashed on every core (a restart reads all of them), in file order. */
    private List<PostSource> read(Path start) {
        return list(start).parallelStream().map(ContentImporter::readFile).flatMap(Optional::stream).toList();
    }

    private List<ContentFile> list(Path start) {
        try {
            return ContentFiles.scanPostsUnder(contentDir, start);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + contentDir + " failed", e);
        }
    }

    /**
     * Keeps the valid posts whose slug is free. A slug belongs to the first path, in sorted order, of
     * the valid files claiming it — decided by content/ alone, as {@code check} decides it, so a rebuilt
     * database or another instance serves the same post. A stored post whose slug a new file with an
     * earlier path claims is {@code displaced}: removed, and reported like any other loser; losers are
     * read again when the file that beat them changes or goes.
     */
    private List<Post> accept(List<ParsedSource> parsed, List<String> removed, List<ContentProblem> problems,
                              Function<String, Optional<String>> storedOwner, Map<String, String> claimed,
                              List<String> displaced, List<RedirectStub> stubs) {
        Set<String> released = new HashSet<>(removed);
        for (ParsedSource item : parsed) {
            released.add(item.source().relativePath());
        }
        List<ParsedSource> inPathOrder = new ArrayList<>(parsed);
        inPathOrder.sort(Comparator.comparing(item -> item.source().relativePath()));
        List<Post> accepted = new ArrayList<>();
        for (ParsedSource item : inPathOrder) {
            problems.addAll(item.result().problems());
            slugLosers.remove(item.source().relativePath());
            item.result().stub().ifPresent(stubs::add);
            Optional<Post> post = item.result().post();
            if (post.isEmpty()) {
                continue;
            }
            String path = post.get().sourcePath();
            String slug = post.get().slug();
            Optional<String> earlier = Optional.ofNullable(claimed.get(slug))
                    .or(() -> storedOwner.apply(slug).filter(owner -> !released.contains(owner) && owner.compareTo(path) < 0));
            if (earlier.isPresent() && !earlier.get().equals(path)) {
                problems.add(item.result().duplicateSlug(earlier.get()));
                slugLosers.put(path, earlier.get());
                continue;
            }
            storedOwner.apply(slug).filter(owner -> !released.contains(owner) && !owner.equals(path)).ifPresent(owner -> {
                displaced.add(owner);
                released.add(owner);
                slugLosers.put(owner, path);
                problemsByPath.remove(owner);
                displacedProblem(owner, path).ifPresent(problems::add);
            });
            claimed.put(slug, path);
            accepted.add(post.get());
        }
        return accepted;
    }

    /** The duplicate-slug error of a stored post that lost its slug, at its slug line (the file is read again). */
    private Optional<ContentProblem> displacedProblem(String loser, String winner) {
        return readFile(new ContentFile(loser, contentDir.resolve(loser))).map(this::parse)
                .filter(parsedLoser -> parsedLoser.result().post().isPresent())
                .map(parsedLoser -> parsedLoser.result().duplicateSlug(winner));
    }


    /** The settings in site.yml (defaults when absent); empty when the file is invalid, so the current ones stay. */
    private Optional<SiteSettings> loadSettings(List<ContentProblem> problems) {
        Path file = contentDir.resolve(SITE_FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.of(SiteSettings.defaults());
        }
        try {
            SiteSettingsParser.SiteSettingsResult result = settingsParser.parse(SITE_FILE, Files.readAllBytes(file));
            problems.addAll(result.problems());
            return result.settings();
        } catch (IOException e) {
            problems.add(ContentProblem.error(SITE_FILE, 1, "cannot read site.yml: " + e.getMessage()
                    + " (expected a readable file; retrying may help)"));
            return Optional.empty();
        }
    }
}
