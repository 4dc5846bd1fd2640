package dev.alphanode.site;

import dev.alphanode.content.ContentFile;
import dev.alphanode.content.ContentFiles;
import dev.alphanode.content.ParseResult;
import dev.alphanode.content.ContentProblem;
import dev.alphanode.content.Post;
import dev.alphanode.content.PostParser;
import dev.alphanode.content.SiteSettings;
import dev.alphanode.content.SiteSettingsParser;
import dev.alphanode.store.PostStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
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

    private final Path contentDir;
    private final PostStore store;
    private final SiteState state;
    private final PostParser parser = new PostParser();
    private final SiteSettingsParser settingsParser = new SiteSettingsParser();
    /** The current problems of every file, so a partial import keeps reporting the others. */
    private final Map<String, List<ContentProblem>> problemsByPath = new HashMap<>();

    public ContentImporter(Path contentDir, PostStore store, SiteState state) {
        this.contentDir = contentDir;
        this.store = store;
        this.state = state;
    }

    /** Reads and validates, then writes: {@link #plan()} followed by {@link #apply(ImportPlan)}. */
    public synchronized ImportReport importAll() {
        return apply(plan());
    }

    /** Reads all of content/ and decides what an import would write, without writing anything. */
    public synchronized ImportPlan plan() {
        long start = System.nanoTime();
        Map<String, String> storedHashes = store.sourceHashes();
        List<Source> sources = read(contentDir.resolve("posts"));
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
    public synchronized ImportPlan plan(Collection<String> changedPaths) {
        long start = System.nanoTime();
        Map<String, String> storedHashes = store.sourceHashes(changedPaths);
        Map<String, Source> sources = new TreeMap<>();
        Set<String> removed = new TreeSet<>();
        for (String path : changedPaths) {
            for (Source source : read(contentDir.resolve(path))) {
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

    private ImportPlan plan(long start, List<Source> sources, List<String> removed, Map<String, String> storedHashes,
                            Function<String, Optional<String>> storedOwner) {
        List<ContentProblem> settingsProblems = new ArrayList<>();
        Optional<SiteSettings> settings = loadSettings(settingsProblems);
        List<Source> changed = sources.stream()
                .filter(source -> !source.hash().equals(storedHashes.get(source.relativePath())))
                .toList();
        List<ParsedSource> parsed = changed.parallelStream()
                .map(source -> new ParsedSource(source, parser.parse(source.relativePath(), source.bytes())))
                .toList();
        List<ContentProblem> found = new ArrayList<>(settingsProblems);
        List<Post> accepted = accept(parsed, removed, found, storedOwner);
        problemsByPath.keySet().removeIf(path -> path.equals(SITE_FILE));
        sources.forEach(source -> problemsByPath.remove(source.relativePath()));
        found.forEach(problem -> problemsByPath.computeIfAbsent(problem.path(), path -> new ArrayList<>()).add(problem));
        List<ContentProblem> problems = new ArrayList<>();
        problemsByPath.values().forEach(problems::addAll);
        problems.sort(Comparator.comparing(ContentProblem::path).thenComparingInt(ContentProblem::line));
        return new ImportPlan(accepted, removed, problems, settings, sources.size(), sources.size() - changed.size(),
                changed.size() - accepted.size(), start);
    }

    /** Writes a plan (one transaction per batch) and publishes its settings and report. */
    public synchronized ImportReport apply(ImportPlan plan) {
        if (!plan.accepted().isEmpty() || !plan.removedSources().isEmpty()) {
            store.apply(plan.accepted(), plan.removedSources());
        }
        plan.settings().ifPresent(state::settings);
        ImportReport report = new ImportReport(plan.files(), plan.accepted().size(), plan.unchanged(),
                plan.removedSources().size(), plan.rejected(), plan.problems(),
                (System.nanoTime() - plan.startNanos()) / 1_000_000);
        state.lastImport(report);
        log.info("import: {} files, {} imported, {} unchanged, {} removed, {} rejected in {} ms",
                report.files(), report.imported(), report.unchanged(), report.removed(), report.rejected(),
                report.millis());
        report.problems().forEach(problem -> log.warn("content: {}", problem));
        return report;
    }

    private record Source(String relativePath, byte[] bytes, String hash) {
    }

    /** The file's bytes, or empty when it vanished between listing and reading (an editor's rename). */
    private static Optional<Source> readFile(ContentFile file) throws IOException {
        try {
            byte[] bytes = Files.readAllBytes(file.path());
            return Optional.of(new Source(file.relativePath(), bytes, ContentFiles.sha256Hex(bytes)));
        } catch (java.nio.file.NoSuchFileException e) {
            return Optional.empty();
        }
    }

    private record ParsedSource(Source source, ParseResult result) {
    }

    private List<Source> read(Path start) {
        try {
            List<Source> sources = new ArrayList<>();
            for (ContentFile file : ContentFiles.listPostsUnder(contentDir, start)) {
                readFile(file).ifPresent(sources::add);
            }
            return sources;
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + contentDir + " failed", e);
        }
    }

    /**
     * Keeps the valid posts whose slug is free. A slug stays with the file that holds it now
     * (including an invalid file's last good version); among new claims, the first path wins.
     */
    private List<Post> accept(List<ParsedSource> parsed, List<String> removed, List<ContentProblem> problems,
                              Function<String, Optional<String>> storedOwner) {
        Set<String> released = new HashSet<>(removed);
        for (ParsedSource item : parsed) {
            if (item.result().post().isPresent()) {
                released.add(item.source().relativePath());
            }
        }
        Map<String, String> claimed = new HashMap<>();
        List<Post> accepted = new ArrayList<>();
        for (ParsedSource item : parsed) {
            problems.addAll(item.result().problems());
            Optional<Post> post = item.result().post();
            if (post.isEmpty()) {
                continue;
            }
            String slug = post.get().slug();
            Optional<String> owner = Optional.ofNullable(claimed.get(slug))
                    .or(() -> storedOwner.apply(slug).filter(path -> !released.contains(path)));
            if (owner.isPresent() && !owner.get().equals(post.get().sourcePath())) {
                problems.add(item.result().duplicateSlug(owner.get()));
                continue;
            }
            claimed.put(slug, post.get().sourcePath());
            accepted.add(post.get());
        }
        return accepted;
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
