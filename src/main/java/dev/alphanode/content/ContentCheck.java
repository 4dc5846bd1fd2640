package dev.alphanode.content;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code check [DIR]}: validates site.yml and every post of a content folder. */
public final class ContentCheck {

    static final String SITE_FILE = "site.yml";

    private ContentCheck() {
    }

    public record CheckReport(int postsChecked, List<ContentProblem> problems) {

        public CheckReport {
            problems = List.copyOf(problems);
        }

        public long errorCount() {
            return problems.stream().filter(ContentProblem::isError).count();
        }

        public long warningCount() {
            return problems.size() - errorCount();
        }
    }

    /** Problems of site.yml first, then of each post in path order, each file's in line order, then media links. */
    public static CheckReport check(Path contentDir) throws IOException {
        return check(contentDir, Progress.none());
    }

    /** As {@link #check(Path)}, advancing {@code progress} per post file. */
    public static CheckReport check(Path contentDir, Progress progress) throws IOException {
        if (!Files.isDirectory(contentDir)) {
            throw new NoSuchFileException(contentDir.toString(), null, "content folder not found");
        }
        var problems = new ArrayList<>(siteProblems(contentDir));
        var parser = new PostParser();
        Map<String, String> slugOwners = new HashMap<>();
        List<ContentFile> files = ContentFiles.scanPosts(contentDir);
        Map<String, List<ContentProblem>> byFile = new LinkedHashMap<>();
        Map<String, List<LinkTarget>> targets = new HashMap<>();
        List<TaggedBody> tagged = new ArrayList<>();
        for (ContentFile file : files) {
            PostSource source = ContentFiles.readPost(file);
            ParseResult parsed = parser.parse(source);
            byFile.put(file.relativePath(), postProblems(parsed, file, slugOwners));
            parsed.post().ifPresent(post -> {
                if (!post.draft()) {
                    targets.computeIfAbsent(TemplateTags.key(post.sourcePath()), key -> new ArrayList<>())
                            .add(new LinkTarget(post.sourcePath(), post.slug()));
                }
                if (TemplateTags.mayHaveTags(post.body())) {
                    tagged.add(new TaggedBody(post.sourcePath(), post.body(), bodyLine(source.bytes(), post.body())));
                }
            });
            progress.advance(1);
        }
        progress.done();
        for (TaggedBody body : tagged) {
            List<ContentProblem> fileProblems = byFile.get(body.path());
            TemplateTags.transform(body.body(), reference -> TemplateTags.pick(reference,
                            targets.getOrDefault(TemplateTags.key(reference), List.of()), LinkTarget::path)
                    .map(LinkTarget::slug)) // only whether it resolves matters here, not the route it gives
                    .warnings().forEach(warning -> fileProblems.add(ContentProblem.warning(body.path(),
                            body.firstLine() + warning.line() - 1, warning.message())));
            fileProblems.sort(Comparator.comparingInt(ContentProblem::line));
        }
        byFile.values().forEach(problems::addAll);
        problems.addAll(ContentLinks.linksUnder(contentDir, contentDir.resolve("media")));
        return new CheckReport(files.size(), problems);
    }

    /** A valid published post a reference may name. */
    private record LinkTarget(String path, String slug) {
    }

    /** A post body that holds tags, and the file line it starts on. */
    private record TaggedBody(String path, String body, int firstLine) {
    }

    /** The file line the body starts on: the body is the end of the (decoded) file. */
    private static int bodyLine(byte[] bytes, String body) {
        String text = Utf8.decode(bytes).orElse("");
        int at = text.endsWith(body) ? text.length() - body.length() : 0;
        int line = 1;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** Prints one line per problem and a summary; 0 when there is no error, 1 otherwise. */
    public static int run(Path contentDir, PrintStream out) {
        String shown = contentDir.toString();
        if (!Files.isDirectory(contentDir)) {
            out.println(shown + ": content folder not found (expected a folder containing posts/)");
            return 1;
        }
        CheckReport report;
        try {
            int posts = ContentFiles.scanPosts(contentDir).size();
            report = check(contentDir, Progress.of("check", posts, System.err, System.err::println));
        } catch (IOException | UncheckedIOException e) {
            out.println(shown + ": cannot read content folder: " + e.getMessage() + " (expected a readable folder)");
            return 1;
        }
        String prefix = shown.endsWith("/") ? shown : shown + "/";
        report.problems().forEach(problem -> out.println(problem.format(prefix)));
        CheckSummary.byKind(report.problems()).forEach(out::println);
        out.println(summary(report));
        return report.errorCount() == 0 ? 0 : 1;
    }

    static String summary(CheckReport report) {
        return "checked " + count(report.postsChecked(), "post") + ": " + count(report.errorCount(), "error") + ", "
                + count(report.warningCount(), "warning");
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static List<ContentProblem> siteProblems(Path contentDir) throws IOException {
        Path site = contentDir.resolve(SITE_FILE);
        if (!Files.isRegularFile(site)) {
            return List.of();
        }
        return new SiteSettingsParser().parse(SITE_FILE, Files.readAllBytes(site)).problems();
    }

    /** The first file (in path order) keeps a slug; later files claiming it get an error. */
    private static List<ContentProblem> postProblems(ParseResult parsed, ContentFile file, Map<String, String> slugOwners) {
        var problems = new ArrayList<>(parsed.problems());
        parsed.post().ifPresent(post -> {
            String owner = slugOwners.putIfAbsent(post.slug(), file.relativePath());
            if (owner != null) {
                problems.add(parsed.duplicateSlug(owner));
            }
        });
        problems.sort(Comparator.comparingInt(ContentProblem::line));
        return problems;
    }
}
