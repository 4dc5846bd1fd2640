package dev.alphanode.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.alphanode.content.Slugs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GeneratorTest {
    private static final Words WORDS = Words.load();

    private static final List<String> TOP_LEVEL_KEYS = List.of(
            "title", "date", "slug", "draft", "topic", "summary", "outline", "brief", "stack", "tools", "tags",
            "code_language", "difficulty", "reading_time", "view_count", "score", "revision", "reference",
            "hash", "flags", "checklist", "entities", "images", "payload", "notes");
    private static final List<String> NESTED_KEYS = List.of(
            "context", "problem", "stack", "recommended_action", "quality", "freshness", "depth", "clarity",
            "status", "version", "last_reviewed", "ai_generated_style", "has_images", "image_heavy",
            "needs_human_review", "source_id", "generator", "paragraphs", "scenario", "seed");

    @TempDir
    Path tmp;

    @Test
    void theSameSeedTwiceWritesByteIdenticalFiles() throws IOException {
        new Generator(7).generate(300, tmp.resolve("a"));
        new Generator(7).generate(300, tmp.resolve("b"));

        Map<String, byte[]> first = filesUnder(tmp.resolve("a"));
        Map<String, byte[]> second = filesUnder(tmp.resolve("b"));
        assertThat(second.keySet()).containsExactlyElementsOf(first.keySet());
        first.forEach((path, bytes) -> assertThat(second.get(path)).as(path).isEqualTo(bytes));
    }

    @Test
    void aDifferentSeedWritesDifferentPosts() throws IOException {
        new Generator(1).generate(50, tmp.resolve("a"));
        new Generator(2).generate(50, tmp.resolve("b"));

        assertThat(postTexts(tmp.resolve("b"))).doesNotContainAnyElementsOf(postTexts(tmp.resolve("a")));
    }

    @Test
    void aPostDoesNotDependOnHowManyPostsAreGenerated() throws IOException {
        new Generator(3).generate(40, tmp.resolve("small"));
        new Generator(3).generate(120, tmp.resolve("large"));

        Map<String, byte[]> small = filesUnder(tmp.resolve("small").resolve("posts"));
        Map<String, byte[]> large = filesUnder(tmp.resolve("large").resolve("posts"));
        small.forEach((path, bytes) -> assertThat(large.get(path)).as(path).isEqualTo(bytes));
    }

    @Test
    void countNWritesExactlyNPostsWithUniqueSlugsInStackFolders() throws IOException {
        var report = new Generator(1).generate(500, tmp);

        List<Path> posts = postFiles(tmp);
        assertThat(report).isEqualTo(new GenerateReport(500, MediaFiles.NAMES.size(), tmp));
        assertThat(posts).hasSize(500);
        var slugs = posts.stream().map(p -> scalar(read(p), "slug")).toList();
        assertThat(slugs).doesNotHaveDuplicates().allMatch(s -> s.matches("[a-z0-9-]{1,100}"));
        for (Path post : posts) {
            String stackSlug = Slugs.slugify(firstOf(scalar(read(post), "stack")));
            assertThat(tmp.resolve("posts").relativize(post).toString().replace('\\', '/'))
                    .isEqualTo(stackSlug + "/" + scalar(read(post), "slug") + ".md");
        }
        try (Stream<Path> folders = Files.list(tmp.resolve("posts"))) {
            assertThat(folders.count()).isEqualTo(WORDS.stacks().size());
        }
    }

    @Test
    void everyPostHasFrontMatterWithEveryField() throws IOException {
        new Generator(1).generate(200, tmp);

        for (Path post : postFiles(tmp)) {
            String text = read(post);
            assertThat(text).startsWith("---\n");
            String frontMatter = frontMatter(text);
            for (String key : TOP_LEVEL_KEYS) {
                assertThat(frontMatter).as(post + " " + key).containsPattern("(?m)^" + key + ":");
            }
            for (String key : NESTED_KEYS) {
                assertThat(frontMatter).as(post + " " + key).containsPattern("(?m)^  " + key + ": \\S");
            }
            assertThat(body(text)).contains("## implementation checklist");
        }
    }

    @Test
    void frontMatterValuesFollowTheValidationRules() throws IOException {
        new Generator(11).generate(400, tmp);

        for (Path post : postFiles(tmp)) {
            String fm = frontMatter(read(post));
            assertThat(unquote(scalar(fm, "title"))).isNotBlank();
            assertThat(LocalDate.parse(scalar(fm, "date")))
                    .isBetween(LocalDate.of(2016, 1, 1), LocalDate.of(2026, 10, 31));
            assertThat(LocalDate.parse(nested(fm, "last_reviewed"))).isAfterOrEqualTo(LocalDate.parse(scalar(fm, "date")));
            assertThat(scalar(fm, "difficulty")).isIn("beginner", "intermediate", "advanced");
            assertThat(scalar(fm, "draft")).isIn("true", "false");
            for (String score : List.of("quality", "freshness", "depth", "clarity")) {
                assertThat(Integer.parseInt(nested(fm, score))).isBetween(0, 100);
            }
            assertThat(Integer.parseInt(scalar(fm, "reading_time"))).isBetween(1, 1000);
            assertThat(Long.parseLong(scalar(fm, "view_count"))).isNotNegative();
            for (String list : List.of("stack", "tools", "tags", "checklist", "notes")) {
                assertThat(scalar(fm, list)).as(list).matches("\\[\"[^\"]+\"(, \"[^\"]+\")*]");
            }
            assertThat(scalar(fm, "tags").split(", ")).hasSizeBetween(2, 4);
            Matcher urls = Pattern.compile("url: \"([^\"]*)\"").matcher(fm);
            while (urls.find()) {
                assertThat(urls.group(1)).matches("(https?://|/).+");
            }
            assertThat(scalar(fm, "hash")).matches("\"[0-9a-f]{24}\"");
        }
    }

    @Test
    void draftsExistButAreAMinority() throws IOException {
        new Generator(1).generate(1000, tmp);

        long drafts = postFiles(tmp).stream().filter(p -> scalar(read(p), "draft").equals("true")).count();
        assertThat(drafts).isBetween(1L, 100L);
    }

    @Test
    void bodiesHaveTheSeedSectionsCodeAndLocalImages() throws IOException {
        new Generator(5).generate(200, tmp);

        int withImages = 0;
        for (Path post : postFiles(tmp)) {
            String text = read(post);
            String body = body(text);
            assertThat(body).contains("## the practical approach", "## final notes", "\n- ")
                    .containsPattern("(?m)^```[a-z]+$");
            Matcher images = Pattern.compile("!\\[[^]]+]\\(/media/([^)]+)\\)").matcher(body);
            while (images.find()) {
                assertThat(tmp.resolve("media").resolve(images.group(1))).isRegularFile();
                withImages++;
            }
        }
        assertThat(withImages).isPositive();
    }

    @Test
    void postsOfTheSameTopicAndStackShareDistinctiveWords() throws IOException {
        new Generator(1).generate(300, tmp);

        for (Path post : postFiles(tmp)) {
            String text = read(post);
            Topic topic = WORDS.topics().stream().filter(t -> text.contains("topic: \"" + t.name() + "\"")).findFirst().orElseThrow();
            TechStack stack = WORDS.stacks().stream().filter(s -> text.contains("  stack: \"" + s.name() + "\"")).findFirst().orElseThrow();
            assertThat(topic.vocabulary().stream().filter(text::contains)).hasSizeGreaterThanOrEqualTo(4);
            assertThat(stack.vocabulary().stream().filter(text::contains)).hasSizeGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void mediaFilesAreWrittenAndSvgsHaveNoScript() throws Exception {
        var report = new Generator(1).generate(1, tmp);

        Path media = tmp.resolve("media");
        assertThat(report.mediaFiles()).isEqualTo(MediaFiles.NAMES.size());
        for (String name : MediaFiles.NAMES.stream().filter(n -> n.endsWith(".svg")).toList()) {
            String svg = read(media.resolve(name));
            assertThat(svg).startsWith("<svg").doesNotContainIgnoringCase("<script")
                    .doesNotContainPattern("(?i)\\son[a-z]+\\s*=").doesNotContainIgnoringCase("javascript:");
            org.w3c.dom.Element root = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(media.resolve(name).toFile()).getDocumentElement();
            assertThat(root.getTagName()).isEqualTo("svg");
            assertThat(Integer.parseInt(root.getAttribute("width"))).as(name).isGreaterThan(100);
            assertThat(Integer.parseInt(root.getAttribute("height"))).as(name).isGreaterThan(100);
            assertThat(root.getElementsByTagName("rect").getLength()).as(name + ": boxes or bars").isGreaterThanOrEqualTo(5);
            assertThat(root.getElementsByTagName("text").getLength()).as(name + ": labels").isGreaterThanOrEqualTo(5);
        }
        for (int chart = 0; chart < MediaFiles.CHARTS.size(); chart++) {
            String svg = read(media.resolve(MediaFiles.CHARTS.get(chart)));
            Metrics metrics = MediaFiles.CHART_METRICS.get(chart);
            assertThat(svg).as("the bars are labelled with the table's numbers")
                    .contains(">" + metrics.p95Before() + "<", ">" + metrics.p95After() + "<",
                            ">" + metrics.callsBefore() + "<");
        }
        byte[] png = Files.readAllBytes(media.resolve(MediaFiles.THUMBNAIL));
        assertThat(png).startsWith(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n').hasSizeGreaterThan(1000);
        java.awt.image.BufferedImage chart = javax.imageio.ImageIO.read(media.resolve(MediaFiles.THUMBNAIL).toFile());
        assertThat(chart.getWidth()).isEqualTo(640);
        assertThat(chart.getHeight()).isEqualTo(360);
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int x = 0; x < chart.getWidth(); x += 7) {
            for (int y = 0; y < chart.getHeight(); y += 7) {
                colours.add(chart.getRGB(x, y));
            }
        }
        assertThat(colours).as("a drawn chart, not a flat placeholder").hasSizeGreaterThan(4);
    }

    @Test
    void aPostsMetricsTableSitsBesideTheBarChartOfTheSameNumbers() throws IOException {
        new Generator(3).generate(100, tmp);
        int tables = 0;
        for (Path post : postFiles(tmp)) {
            Matcher chart = Pattern.compile("\\| db calls per request \\| \\d+ \\| \\d+ \\|\\n\\n!\\[[^]]+]\\(/media/chart-(\\d)\\.svg\\)")
                    .matcher(body(read(post)));
            if (chart.find()) {
                tables++;
                Metrics metrics = MediaFiles.CHART_METRICS.get(Integer.parseInt(chart.group(1)) - 1);
                assertThat(body(read(post))).contains(metrics.table());
            }
        }
        assertThat(tables).isPositive();
    }

    @Test
    void siteYmlIsWrittenOnlyWhenAbsent() throws IOException {
        new Generator(1).generate(1, tmp.resolve("fresh"));
        Files.createDirectories(tmp.resolve("kept"));
        Files.writeString(tmp.resolve("kept").resolve("site.yml"), "title: \"mine\"\n");
        new Generator(1).generate(1, tmp.resolve("kept"));

        assertThat(read(tmp.resolve("fresh").resolve("site.yml")))
                .contains("title: \"alphanode\"", "posts_per_page: 10", "similar_posts: 5",
                        "{title: \"Home\", url: \"/\"}", "{title: \"Redis caching\", url: \"/stacks/redis-caching\"}");
        assertThat(read(tmp.resolve("kept").resolve("site.yml"))).isEqualTo("title: \"mine\"\n");
    }

    @Test
    void yamlMapWritesTheSeedsLayoutAndTextReadsBackAsWritten() {
        String text = "say \"hi\" \\ now\n\u0001: [x] # not a comment";
        String yaml = new YamlMap().quoted("text", text).plain("date", LocalDate.of(2025, 3, 1)).plain("n", 7)
                .plain("word", "advanced").list("tags", List.of("a: b", "c"))
                .map("nested", new YamlMap().plain("ok", true))
                .rows("rows", List.of(new YamlMap().quoted("name", "x").plain("type", "stack")))
                .rows("none", List.of()).dump();
        assertThat(yaml).isEqualTo("text: \"say \\\"hi\\\" \\\\ now\\n\\x01: [x] # not a comment\"\n"
                + "date: 2025-03-01\nn: 7\nword: advanced\ntags: [\"a: b\", \"c\"]\nnested:\n  ok: true\n"
                + "rows:\n  - {name: \"x\", type: stack}\nnone: []\n");
        Map<String, Object> back = new org.yaml.snakeyaml.Yaml().load(yaml);
        assertThat(back.get("text")).isEqualTo(text);
        assertThat(back.get("tags")).isEqualTo(List.of("a: b", "c"));
    }

    @Test
    void theWordPoolsLoadFromTheResourceFileWithSnippetsForEveryStackAndProseForEverySection() {
        assertThat(WORDS.topics()).hasSize(12);
        assertThat(WORDS.stacks()).hasSize(8).allSatisfy(stack -> assertThat(stack.snippets()).hasSize(3));
        assertThat(WORDS.prose().paragraphs()).extracting(Prose.Paragraph::section).contains(Section.values());
    }

    @Test
    void anEmptyWordPoolIsRefusedAtLoadNamingThePool() {
        assertThatThrownBy(() -> new Words(WORDS.topics(), WORDS.stacks(), List.of(), WORDS.titlePatterns(),
                WORDS.tags(), WORDS.checklists(), WORDS.actions(), WORDS.difficulties(), WORDS.revisionStatuses(),
                WORDS.noise(), WORDS.notes(), WORDS.summary(), WORDS.brief(), WORDS.generatorName(), WORDS.prose()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'scenarios' is empty");
    }

    @Test
    void longSlugsAreCutToOneHundredCharactersKeepingTheNumber() {
        String slug = PostSlugs.postSlug("x".repeat(80) + " topic", "some stack name", 123456);

        assertThat(slug).hasSizeLessThanOrEqualTo(100).endsWith("-123456").matches("[a-z0-9-]+");
    }

    @Test
    void runGeneratesAndPrintsOneSummaryLine() {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();

        int code = Generator.run(new String[] {"--count", "25", "--out", tmp.toString(), "--seed", "9"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .matches("generated 25 posts in .+ \\(seed 9\\) in \\d+\\.\\d s\\R");
        assertThat(postFiles(tmp)).hasSize(25);
    }

    @Test
    void runExplainsANonNumericCount() {
        var err = new ByteArrayOutputStream();

        int code = Generator.run(new String[] {"--count", "abc", "--out", tmp.toString()},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("--count: 'abc' is not a number (expected a whole number from 1 to 1000000)"
                        + System.lineSeparator());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--out OUT                        | --count: missing (expected a whole number from 1 to 1000000)",
        "--count 0 --out OUT              | --count: '0' is out of range (expected a whole number from 1 to 1000000)",
        "--count 1000001 --out OUT        | --count: '1000001' is out of range (expected a whole number from 1 to 1000000)",
        "--count 99999999999999999999 --out OUT | --count: '99999999999999999999' is out of range (expected a whole number from 1 to 1000000)",
        "--count 5                        | --out: missing (expected a directory path)",
        "--count 5 --out                  | --out: missing value (expected a directory path)",
        "--count 5 --out OUT --seed x1    | --seed: 'x1' is not a number (expected a whole number)",
        "--count 5 --out OUT --verbose    | --verbose: unknown argument (expected --count N --out DIR [--seed S])",
        "--count 5 --count 6 --out OUT    | --count: given more than once (expected a whole number from 1 to 1000000, once)",
    })
    void runRejectsBadFlagsWithOneLine(String line, String message) throws IOException {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        String[] args = line.replace("OUT", tmp.resolve("out").toString()).split(" +");

        int code = Generator.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).isEqualTo(2);
        assertThat(out.size()).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo(message + System.lineSeparator());
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void runRejectsAnOutPathThatIsAFile() throws IOException {
        Path file = Files.writeString(tmp.resolve("file.txt"), "x");
        var err = new ByteArrayOutputStream();

        int code = Generator.run(new String[] {"--count", "1", "--out", file.toString()},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("--out: '" + file + "' is a file");
    }

    private static List<Path> postFiles(Path outDir) {
        try (Stream<Path> files = Files.walk(outDir.resolve("posts"))) {
            return files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> postTexts(Path outDir) {
        return postFiles(outDir).stream().map(GeneratorTest::read).toList();
    }

    private static Map<String, byte[]> filesUnder(Path dir) throws IOException {
        var files = new TreeMap<String, byte[]>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String frontMatter(String text) {
        int end = text.indexOf("\n---\n", 4);
        assertThat(end).as("closing ---").isPositive();
        return text.substring(4, end + 1);
    }

    private static String body(String text) {
        return text.substring(4 + frontMatter(text).length() + 4);
    }

    private static String scalar(String text, String key) {
        Matcher m = Pattern.compile("(?m)^" + key + ": (.*)$").matcher(text);
        assertThat(m.find()).as(key).isTrue();
        return m.group(1);
    }

    private static String nested(String text, String key) {
        Matcher m = Pattern.compile("(?m)^  " + key + ": (.*)$").matcher(text);
        assertThat(m.find()).as(key).isTrue();
        return m.group(1);
    }

    private static String unquote(String quoted) {
        return quoted.substring(1, quoted.length() - 1);
    }

    private static String firstOf(String flowList) {
        return flowList.substring(2, flowList.indexOf('"', 2));
    }
}
