package dev.alphanode.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * The contract between the Java side and {@code templates/}: every named fragment renders
 * alone from the listed variables, into the structure readers (and the cache) rely on.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TemplatesContractTest {

    private static final TemplateEngine ENGINE = engine();

    private static final SiteView SITE = new SiteView("alphanode", "Programming notes that stay practical.",
            List.of(new Link("Home", "/"), new Link("Redis caching", "/topics/redis-caching")));

    private static TemplateEngine engine() {
        FileTemplateResolver resolver = new FileTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setLinkBuilder(new AssetLinks(dev.alphanode.assets.StaticAssets.fromJar()));
        return engine;
    }

    private static String fragment(String template, String name, Map<String, Object> variables) {
        return ENGINE.process(template, Set.of(name), context(variables));
    }

    private static String page(String template, Map<String, Object> variables) {
        return ENGINE.process(template, context(variables));
    }

    /** The meta box's rows as {@code PageRenderer.postMeta} hands them to the template. */
    private static List<MetaRow> rows(List<MetaEntry> entries) {
        return entries.stream().map(MetaRow::of).toList();
    }

    private static Context context(Map<String, Object> variables) {
        Context context = new Context(Locale.ENGLISH);
        context.setVariables(variables);
        return context;
    }

    /** The markup with whitespace between tags removed, to assert nesting exactly. */
    private static String compact(String html) {
        return html.replaceAll(">\\s+<", "><").strip();
    }

    private static MetaEntry entry(String name, MetaValue value) {
        return new MetaEntry(name, name.replace('_', ' '), value);
    }

    private static MetaValue texts(String... items) {
        return MetaValue.list(Stream.of(items).map(MetaValue::text).toList());
    }

    private static MetaValue map(MetaEntry... entries) {
        return MetaValue.map(List.of(entries));
    }

    private static List<MetaEntry> seedMeta() {
        return List.of(
                entry("topic", MetaValue.link("migrating settings without downtime / redis caching",
                        "/topics/redis-caching")),
                entry("summary", MetaValue.text("explains <b>measurement</b> & rollback planning")),
                entry("stack", texts("redis caching", "database", "text")),
                entry("score", map(entry("quality", MetaValue.text("94")), entry("clarity", MetaValue.text("83")))),
                entry("entities", MetaValue.list(List.of(
                        map(entry("name", MetaValue.text("redis caching")), entry("type", MetaValue.text("stack"))),
                        map(entry("name", MetaValue.text("database")), entry("type", MetaValue.text("area")))))),
                entry("images", MetaValue.list(List.of(
                        map(entry("source", MetaValue.text("placehold.co")),
                                entry("url", MetaValue.text("https://placehold.co/1200x630/png?text=a&b")))))),
                entry("payload", map(
                        entry("seed", MetaValue.text("20897")),
                        entry("generator", map(entry("name", MetaValue.text("anp content synthesizer")),
                                entry("versions", texts("1", "2")))))),
                entry("notes", texts("meta renders as a list")));
    }

    private static PostCard card(String slug, String title, String summary) {
        return new PostCard(slug, "/posts/" + slug, title, "2024-03-05", "5 March 2024", summary, 4);
    }

    private static PostView post(String title, Link topic) {
        return new PostView("redis-settings", title, "2024-03-05", "5 March 2024", 10, topic, "",
                "<p>Measure <em>first</em>.</p><pre><code class=\"language-text\">redis-cli ping</code></pre>");
    }

    private static Map<String, Object> layoutVariables(String description) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("site", SITE);
        variables.put("head", new HeadView("Migrating settings <safely> – alphanode", description,
                "http://localhost:8080/posts/redis-settings", "article", null,
                "{\"@type\":\"BlogPosting\",\"headline\":\"\\u003c/script\\u003e\"}",
                List.of(new Link("alphanode", "/feed.xml"))));
        variables.put("main", "<article class=\"post\"><h1>Already rendered &amp; trusted</h1></article>");
        return variables;
    }

    // --- post meta box ---------------------------------------------------------------

    @Test
    void the_meta_box_has_its_heading_and_one_labelled_row_per_entry() {
        String html = compact(fragment("post", "post-meta", Map.of("meta", rows(seedMeta()))));

        assertThat(html).startsWith("<aside class=\"post-meta\"").endsWith("</aside>");
        assertThat(html).contains(">alphanode post meta</h2>");
        assertThat(html.split("<dt>", -1)).hasSize(seedMeta().size() + 1);
        assertThat(html).contains("<dt>stack</dt>", "<dt>payload</dt>");
    }

    @Test
    void the_meta_box_renders_a_list_value_as_an_unordered_list() {
        String html = compact(fragment("post", "post-meta", Map.of("meta", rows(seedMeta()))));

        assertThat(html).contains("<dt>stack</dt><dd><ul class=\"meta-list\">"
                + "<li>redis caching</li><li>database</li><li>text</li></ul></dd>");
    }

    @Test
    void the_meta_box_renders_a_map_as_a_list_of_label_value_items() {
        String html = compact(fragment("post", "post-meta", Map.of("meta", rows(seedMeta()))));

        assertThat(html).contains("<dt>score</dt><dd><ul class=\"meta-map\">"
                + "<li><span class=\"meta-key\">quality</span>: 94</li>"
                + "<li><span class=\"meta-key\">clarity</span>: 83</li></ul></dd>");
    }

    @Test
    void the_meta_box_renders_a_list_of_maps_as_nested_lists() {
        String html = compact(fragment("post", "post-meta", Map.of("meta", rows(seedMeta()))));

        assertThat(html).contains("<dt>entities</dt><dd><ul class=\"meta-list\">"
                + "<li><ul class=\"meta-map\"><li><span class=\"meta-key\">name</span>: redis caching</li>"
                + "<li><span class=\"meta-key\">type</span>: stack</li></ul></li>"
                + "<li><ul class=\"meta-map\"><li><span class=\"meta-key\">name</span>: database</li>"
                + "<li><span class=\"meta-key\">type</span>: area</li></ul></li></ul></dd>");
        assertThat(html).contains("<dt>images</dt><dd><ul class=\"meta-list\"><li><ul class=\"meta-map\">"
                + "<li><span class=\"meta-key\">source</span>: placehold.co</li>"
                + "<li><span class=\"meta-key\">url</span>: https://placehold.co/1200x630/png?text=a&amp;b</li>"
                + "</ul></li></ul></dd>");
    }

    @Test
    void the_meta_box_renders_a_map_inside_a_map_nested() {
        String html = compact(fragment("post", "post-meta", Map.of("meta", rows(seedMeta()))));

        assertThat(html).contains("<dt>payload</dt><dd><ul class=\"meta-map\">"
                + "<li><span class=\"meta-key\">seed</span>: 20897</li>"
                + "<li><span class=\"meta-key\">generator</span>: <ul class=\"meta-map\">"
                + "<li><span class=\"meta-key\">name</span>: anp content synthesizer</li>"
                + "<li><span class=\"meta-key\">versions</span>: <ul class=\"meta-list\"><li>1</li><li>2</li></ul></li>"
                + "</ul></li></ul></dd>");
    }

    @Test
    void the_meta_box_renders_a_link_value_as_an_anchor() {
        String html = compact(fragment("post", "post-meta", Map.of("meta", rows(seedMeta()))));

        assertThat(html).contains("<dt>topic</dt><dd><a href=\"/topics/redis-caching\">"
                + "migrating settings without downtime / redis caching</a></dd>");
    }

    @Test
    void the_meta_box_escapes_text_values_and_labels() {
        List<MetaEntry> meta = List.of(
                new MetaEntry("x", "<i>label</i>", MetaValue.text("<script>alert(1)</script>")),
                entry("summary", MetaValue.text("explains <b>measurement</b> & rollback planning")));

        String html = fragment("post", "post-meta", Map.of("meta", rows(meta)));

        assertThat(html).contains("<dt>&lt;i&gt;label&lt;/i&gt;</dt>",
                "&lt;script&gt;alert(1)&lt;/script&gt;", "explains &lt;b&gt;measurement&lt;/b&gt; &amp; rollback");
        assertThat(html).doesNotContain("<script>", "<b>", "<i>");
    }

    @Test
    void the_meta_box_tolerates_missing_values_and_an_empty_list_of_entries() {
        String withNull = compact(fragment("post", "post-meta",
                Map.of("meta", rows(List.of(new MetaEntry("x", "x", null))))));
        String empty = compact(fragment("post", "post-meta", Map.of("meta", rows(List.of()))));

        assertThat(withNull).contains("<dt>x</dt><dd></dd>");
        assertThat(empty).contains("No metadata.").doesNotContain("<dl>");
    }

    // --- article ---------------------------------------------------------------------

    @Test
    void the_article_shows_title_byline_topic_and_the_sanitized_body_unescaped() {
        String html = compact(fragment("post", "article",
                Map.of("post", post("Migrating settings", new Link("redis caching", "/topics/redis-caching")))));

        assertThat(html).startsWith("<article class=\"post\">").endsWith("</article>");
        assertThat(html).contains("<h1 class=\"post-title\">Migrating settings</h1>");
        assertThat(html).contains("<time datetime=\"2024-03-05\">5 March 2024</time>");
        assertThat(html).contains("10 min read");
        assertThat(html).contains("<a class=\"topic\" href=\"/topics/redis-caching\">redis caching</a>");
        assertThat(html).contains("<div class=\"post-body\"><p>Measure <em>first</em>.</p>"
                + "<pre><code class=\"language-text\">redis-cli ping</code></pre></div>");
    }

    @Test
    void the_article_leaves_out_the_topic_link_when_there_is_no_topic() {
        String html = fragment("post", "article", Map.of("post", post("No topic", null)));

        assertThat(html).doesNotContain("class=\"topic\"").contains("10 min read</span></p>");
    }

    @Test
    void a_title_containing_a_script_tag_is_escaped() {
        String html = fragment("post", "article", Map.of("post", post("Hi <script>alert(1)</script>", null)));

        assertThat(html).contains("Hi &lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>");
    }

    // --- similar posts ---------------------------------------------------------------

    @Test
    void similar_posts_has_its_id_and_links_to_each_post() {
        List<PostCard> similar = List.of(card("redis-ttl", "Redis TTL <basics>", "Pick TTLs on purpose."),
                card("cache-keys", "Cache keys", null));

        String html = compact(fragment("post", "similar-posts", Map.of("similar", similar)));

        assertThat(html).startsWith("<section id=\"similar-posts\"").endsWith("</section>");
        assertThat(html).contains("<h2 id=\"similar-posts-title\">Similar Posts</h2>");
        assertThat(html).contains("<a href=\"/posts/redis-ttl\">Redis TTL &lt;basics&gt;</a>",
                "<a href=\"/posts/cache-keys\">Cache keys</a>");
        assertThat(html).contains("<time datetime=\"2024-03-05\">5 March 2024</time><p class=\"summary\">Pick TTLs on purpose.</p>");
        assertThat(html.split("<li>", -1)).hasSize(3);
        assertThat(html).doesNotContain("No similar posts yet.");
    }

    @Test
    void an_empty_similar_list_says_no_similar_posts_yet() {
        String html = compact(fragment("post", "similar-posts", Map.of("similar", List.of())));

        assertThat(html).contains("id=\"similar-posts\"", "Similar Posts", "<p class=\"empty\">No similar posts yet.</p>");
        assertThat(html).doesNotContain("<ul");
    }

    @Test
    void a_long_similar_post_summary_is_shortened() {
        String summary = "word ".repeat(100).strip();

        String html = fragment("post", "similar-posts", Map.of("similar", List.of(card("long", "Long", summary))));

        assertThat(html).doesNotContain(summary).contains("<p class=\"summary\">word word");
    }

    // --- listings --------------------------------------------------------------------

    @Test
    void the_post_list_renders_one_card_per_post_with_link_date_reading_time_and_summary() {
        List<PostCard> posts = List.of(card("redis-ttl", "Redis TTL", "Pick TTLs on purpose."),
                card("cache-keys", "Cache keys & you", null));

        String html = compact(fragment("list", "post-list", Map.of("heading", "Newest posts", "posts", posts)));

        assertThat(html).startsWith("<section class=\"post-list\">").endsWith("</section>");
        assertThat(html).contains("<h1>Newest posts</h1>");
        assertThat(html.split("<article class=\"post-card\">", -1)).hasSize(3);
        assertThat(html).contains("<a href=\"/posts/redis-ttl\">Redis TTL</a>",
                "<a href=\"/posts/cache-keys\">Cache keys &amp; you</a>",
                "<time datetime=\"2024-03-05\">5 March 2024</time>", "4 min read",
                "<p class=\"summary\">Pick TTLs on purpose.</p>");
        assertThat(html.split("class=\"summary\"", -1)).hasSize(2);
        assertThat(html).doesNotContain("No posts yet.");
    }

    @Test
    void an_empty_post_list_says_no_posts_yet() {
        String html = compact(fragment("list", "post-list", Map.of("heading", "Tag: <none>", "posts", List.of())));

        assertThat(html).contains("<h1>Tag: &lt;none&gt;</h1>", "<p class=\"empty\">No posts yet.</p>")
                .doesNotContain("post-card");
    }

    @Test
    void pagination_shows_both_links_and_the_page_position_in_the_middle() {
        String html = compact(fragment("list", "pagination", Map.of("pagination", new Pagination(2, 3, "/", "/page/3"))));

        assertThat(html).startsWith("<nav class=\"pagination\" aria-label=\"Pagination\">").endsWith("</nav>");
        assertThat(html).contains("rel=\"prev\" href=\"/\"", "Newer</a>", "Page 2 of 3",
                "rel=\"next\" href=\"/page/3\"", "Older <span");
    }

    @Test
    void pagination_omits_missing_links() {
        String first = fragment("list", "pagination", Map.of("pagination", new Pagination(1, 3, null, "/page/2")));
        String last = fragment("list", "pagination", Map.of("pagination", new Pagination(3, 3, "/page/2", null)));

        assertThat(first).contains("Page 1 of 3", "href=\"/page/2\"", "Older").doesNotContain("Newer", "rel=\"prev\"");
        assertThat(last).contains("Page 3 of 3", "href=\"/page/2\"", "Newer").doesNotContain("Older", "rel=\"next\"");
    }

    @Test
    void a_single_page_renders_an_empty_pagination_nav() {
        String html = fragment("list", "pagination", Map.of("pagination", new Pagination(1, 1, null, null)));

        assertThat(html).isEqualTo("<nav class=\"pagination\" aria-label=\"Pagination\"></nav>");
    }

    // --- error page ------------------------------------------------------------------

    @Test
    void the_error_page_shows_status_title_message_and_a_link_home_all_escaped() {
        String html = compact(fragment("error", "error",
                Map.of("status", 404, "title", "Not found", "message", "No page at /posts/<x>.")));

        assertThat(html).startsWith("<section class=\"error-page\"").endsWith("</section>");
        assertThat(html).contains(">404</p>", ">Not found</h1>", "No page at /posts/&lt;x&gt;.", "<a href=\"/\">");
    }

    // --- layout ----------------------------------------------------------------------

    @Test
    void the_page_skeleton_has_doctype_head_stylesheet_and_the_main_html_unescaped() {
        String html = skeleton(layoutVariables("A post about settings."));

        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">\n<head>").endsWith("</body>\n</html>\n");
        assertThat(html).containsPattern("<link rel=\"stylesheet\" href=\"/static/css/site\\.[0-9a-f]{10}\\.css\">")
                .containsPattern("<link rel=\"icon\" href=\"/static/img/favicon\\.[0-9a-f]{10}\\.svg\" type=\"image/svg\\+xml\">");
        assertThat(html).contains("<link rel=\"canonical\" href=\"http://localhost:8080/posts/redis-settings\">",
                "<meta name=\"description\" content=\"A post about settings.\">",
                "<title>Migrating settings &lt;safely&gt; – alphanode</title>");
        assertThat(html).contains("<main id=\"main\">\n<article class=\"post\"><h1>Already rendered &amp; trusted</h1>"
                + "</article>\n</main>");
        assertThat(html).doesNotContain("th:", "style=", "\u0001");
        assertThat(html).doesNotContainPattern("<script(?! type=\"application/ld\\+json\")(?! src=\"/static/[^\"]+\" defer></script>)");
        assertThat(html).containsPattern("<script src=\"/static/vendor/highlight/highlight\\.min\\.[0-9a-f]{10}\\.js\" defer></script>\n"
                + "<script src=\"/static/js/site\\.[0-9a-f]{10}\\.js\" defer></script>");
    }

    @Test
    void the_page_is_its_fragments_rendered_alone_in_the_skeleton_in_order() {
        Map<String, Object> variables = layoutVariables(null);
        String head = fragment("layout", "head", variables);
        String nav = fragment("layout", "nav", variables);
        String footer = fragment("layout", "footer", variables);

        String html = skeleton(variables);

        assertThat(head).startsWith("<head>").endsWith("</head>");
        assertThat(nav).startsWith("<header class=\"site-header\">").endsWith("</header>");
        assertThat(footer).startsWith("<footer class=\"site-footer\">").endsWith("</footer>");
        assertThat(html).isEqualTo("<!DOCTYPE html>\n<html lang=\"en\">\n" + head + "\n<body>\n" + nav + "\n"
                + "<main id=\"main\">\n" + variables.get("main") + "\n</main>\n" + footer + "\n</body>\n</html>\n");
    }

    /** The page as the site assembles it: the skeleton of layout.html around its fragments rendered alone. */
    private static String skeleton(Map<String, Object> variables) {
        PageRenderer renderer = new PageRenderer(new Templates(java.util.Optional.of(java.nio.file.Path.of("templates"))));
        return renderer.assemble(fragment("layout", "head", variables), fragment("layout", "nav", variables),
                java.util.List.of((String) variables.get("main")), fragment("layout", "footer", variables));
    }

    @Test
    void the_head_carries_link_metadata_feeds_and_json_ld_and_leaves_out_an_empty_description() {
        String html = fragment("layout", "head", layoutVariables(null));

        assertThat(html).doesNotContain("name=\"description\"", "og:description", "og:image")
                .contains("<meta property=\"og:type\" content=\"article\">",
                        "<meta property=\"og:title\" content=\"Migrating settings &lt;safely&gt; – alphanode\">",
                        "<meta name=\"twitter:card\" content=\"summary\">",
                        "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"alphanode\" href=\"/feed.xml\">",
                        "<script type=\"application/ld+json\">{\"@type\":\"BlogPosting\",\"headline\":\"\\u003c/script\\u003e\"}"
                                + "</script>");
    }

    @Test
    void the_header_links_home_and_to_every_nav_link_and_the_footer_has_no_dates() {
        Map<String, Object> variables = layoutVariables(null);

        String nav = fragment("layout", "nav", variables);
        String footer = fragment("layout", "footer", variables);

        assertThat(nav).contains("<a class=\"site-title\" href=\"/\">alphanode</a>",
                "<a href=\"/\">Home</a>", "<a href=\"/topics/redis-caching\">Redis caching</a>");
        assertThat(footer).containsPattern("alphanode").doesNotContainPattern("\\d{4}");
    }

    // --- determinism and hygiene -----------------------------------------------------

    @Test
    void rendering_the_same_context_twice_gives_byte_identical_output() {
        Map<String, Object> variables = new HashMap<>(layoutVariables("d"));
        variables.put("post", post("Same", new Link("t", "/topics/t")));
        variables.put("meta", rows(seedMeta()));
        variables.put("similar", List.of(card("a", "A", "s")));
        variables.put("heading", "H");
        variables.put("posts", List.of(card("a", "A", null)));
        variables.put("pagination", new Pagination(2, 3, "/", "/page/3"));
        variables.put("status", 500);
        variables.put("title", "Server error");
        variables.put("message", "Something went wrong.");
        Map<String, List<String>> fragments = Map.of(
                "layout", List.of("head", "nav", "footer"),
                "post", List.of("article", "post-meta", "similar-posts"),
                "list", List.of("post-list", "pagination"),
                "error", List.of("error"));

        fragments.forEach((template, names) -> names.forEach(name -> assertThat(fragment(template, name, variables))
                .as("%s :: %s", template, name)
                .isNotBlank()
                .isEqualTo(fragment(template, name, variables))));
        assertThat(page("layout", variables)).isEqualTo(page("layout", variables));
    }

    @Test
    void templates_have_no_inline_script_style_or_event_handlers() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("templates"))) {
            List<Path> templates = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
            assertThat(templates).extracting(p -> p.getFileName().toString())
                    .contains("layout.html", "post.html", "list.html", "error.html");
            for (Path template : templates) {
                String text = Files.readString(template, StandardCharsets.UTF_8);
                assertThat(text).as(template.toString())
                        // JSON-LD is data, not script; the only other script elements load same-origin files
                        .doesNotContainPattern("(?i)<script(?![^>]*type=\"application/ld\\+json\")(?! th:src=\"@\\{/static/[^\"]+\\}\" defer></script>)")
                        .doesNotContainIgnoringCase("<style")
                        .doesNotContainPattern("(?i)\\s(th:)?style=")
                        .doesNotContainPattern("(?i)\\s(th:)?on[a-z]+=")
                        .doesNotContainPattern("(?i)(src|href)=\"(https?:)?//");
            }
        }
    }

    @Test
    void the_stylesheet_and_favicon_are_self_contained() throws IOException {
        String css = Files.readString(Path.of("static/css/site.css"), StandardCharsets.UTF_8);
        String svg = Files.readString(Path.of("static/img/favicon.svg"), StandardCharsets.UTF_8);

        assertThat(css).contains("prefers-color-scheme: dark", "aside.post-meta", ".similar-posts", ".post-card",
                        "pre code", ".pagination", ".site-header", ".site-footer", ":focus-visible")
                .doesNotContain("@import", "url(", "@font-face");
        assertThat(svg).startsWith("<svg").doesNotContainIgnoringCase("<script").doesNotContain("href=")
                .doesNotContainPattern("(?i)\\son[a-z]+=");
    }
}
