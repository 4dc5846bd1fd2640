package dev.alphanode.content;

import dev.alphanode.route.OldPath;
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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

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
        Map<String, ParseResult> served = new LinkedHashMap<>();
        Map<String, List<LinkTarget>> targets = new HashMap<>();
        List<TaggedBody> tagged = new ArrayList<>();
        for (ContentFile file : files) {
            PostSource source = ContentFiles.readPost(file);
            ParseResult parsed = parser.parse(source);
            byFile.put(file.relativePath(), postProblems(parsed, file, slugOwners, served));
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
        redirectProblems(served).forEach(problem -> byFile.get(problem.path()).add(problem));
        for (TaggedBody body : tagged) {
            List<ContentProblem> fileProblems = byFile.get(body.path());
            TemplateTags.transform(body.body(), reference -> TemplateTags.pick(reference,
                            targets.getOrDefault(TemplateTags.key(reference), List.of()), LinkTarget::path)
                    .map(LinkTarget::slug)) // only whether it resolves matters here, not the route it gives
                    .warnings().forEach(warning -> fileProblems.add(ContentProblem.warning(body.path(),
                            body.firstLine() + warning.line() - 1, warning.message())));
        }
        byFile.values().forEach(fileProblems -> {
            fileProblems.sort(Comparator.comparingInt(ContentProblem::line));
            problems.addAll(fileProblems);
        });
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

    /**
     * The first file (in path order) keeps a slug; later files claiming it get an error. Files the site
     * serves (a post that kept its slug, a redirect stub) go to {@code served}.
     */
    private static List<ContentProblem> postProblems(ParseResult parsed, ContentFile file, Map<String, String> slugOwners,
                                                     Map<String, ParseResult> served) {
        var problems = new ArrayList<>(parsed.problems());
        parsed.post().ifPresent(post -> {
            String owner = slugOwners.putIfAbsent(post.slug(), file.relativePath());
            if (owner != null) {
                problems.add(parsed.duplicateSlug(owner));
            } else {
                served.put(file.relativePath(), parsed);
            }
        });
        parsed.stub().ifPresent(stub -> served.put(file.relativePath(), parsed));
        return problems;
    }

    /**
     * Old paths the site will not redirect as their file asks, decided as the site decides them: a
     * published post's route is served, not redirected; of the files claiming one old path, the first
     * in path order redirects it.
     */
    private static List<ContentProblem> redirectProblems(Map<String, ParseResult> served) {
        Map<String, String> published = new HashMap<>();
        served.values().forEach(parsed -> parsed.post().filter(post -> !post.draft())
                .ifPresent(post -> published.put(post.slug(), post.sourcePath())));
        Map<OldPath, String> claimed = new HashMap<>();
        List<ContentProblem> problems = new ArrayList<>();
        served.forEach((path, parsed) -> {
            for (OldPaths.Claim claim : parsed.oldPaths()) {
                String shownPath = Nodes.quote(claim.path().path());
                Optional<String> post = claim.path().postRoute().map(route -> published.get(route.slug()));
                if (post.isPresent()) {
                    problems.add(ContentProblem.error(path, claim.line(), "old path " + shownPath
                            + " is the route of the post in " + post.get()
                            + " (expected a path no page of the site answers; the post is served there)"));
                    continue;
                }
                String owner = claimed.putIfAbsent(claim.path(), path);
                if (owner != null) {
                    problems.add(ContentProblem.error(path, claim.line(), "old path " + shownPath
                            + " is already redirected by " + owner
                            + " (expected each old path in one file; the first file in path order redirects it)"));
                }
            }
        });
        return problems;
    }
}
