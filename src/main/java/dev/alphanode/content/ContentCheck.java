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
        if (!Files.isDirectory(contentDir)) {
            throw new NoSuchFileException(contentDir.toString(), null, "content folder not found");
        }
        var problems = new ArrayList<>(siteProblems(contentDir));
        var parser = new PostParser();
        Map<String, String> slugOwners = new HashMap<>();
        List<ContentFile> files = ContentFiles.scanPosts(contentDir);
        for (ContentFile file : files) {
            problems.addAll(postProblems(parser, file, slugOwners));
        }
        problems.addAll(ContentLinks.linksUnder(contentDir, contentDir.resolve("media")));
        return new CheckReport(files.size(), problems);
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
            report = check(contentDir);
        } catch (IOException | UncheckedIOException e) {
            out.println(shown + ": cannot read content folder: " + e.getMessage() + " (expected a readable folder)");
            return 1;
        }
        String prefix = shown.endsWith("/") ? shown : shown + "/";
        report.problems().forEach(problem -> out.println(problem.format(prefix)));
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
    private static List<ContentProblem> postProblems(PostParser parser, ContentFile file, Map<String, String> slugOwners)
            throws IOException {
        ParseResult parsed = parser.parse(ContentFiles.readPost(file));
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
