package dev.alphanode.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/** Templates read through {@link RecordExpressions} give what Thymeleaf's own OGNL evaluator gives. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RecordExpressionsTest {
    public record Topic(String text, String href) {}

    public record Post(String title, Topic topic, List<String> tags, Map<String, Object> extra, int readingTime) {
        public String getLabel() {
            return "label of " + title;
        }
    }

    private static final Post POST = new Post("<b>Redis</b> & \"caching\"", new Topic("Caching", "/topics/caching?a=1&b=2"),
            List.of("redis", "<lua>"), map("size", "big", "deep", Map.of("name", "<deep>")), 7);
    private static final Post NO_TOPIC = new Post("plain", null, List.of(), Map.of(), 1);

    private static Map<String, Object> map(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private static TemplateEngine engine(boolean recordExpressions) {
        RecordProperties.install();
        TemplateEngine engine = new TemplateEngine();
        StringTemplateResolver resolver = new StringTemplateResolver();
        resolver.setTemplateMode(TemplateMode.HTML);
        engine.setTemplateResolver(resolver);
        if (recordExpressions) {
            StandardDialect dialect = new StandardDialect();
            dialect.setVariableExpressionEvaluator(new RecordExpressions());
            engine.setDialect(dialect);
        }
        return engine;
    }

    private static final TemplateEngine OGNL = engine(false);
    private static final TemplateEngine OURS = engine(true);

    private static String render(TemplateEngine engine, String template, Post post) {
        Context context = new Context(java.util.Locale.ENGLISH);
        context.setVariable("post", post);
        context.setVariable("posts", List.of(POST, NO_TOPIC));
        return engine.process(template, context);
    }

    /** Renders with both evaluators, asserts the same markup, returns it. */
    private static String same(String template, Post post) {
        String ours = render(OURS, template, post);
        assertThat(ours).isEqualTo(render(OGNL, template, post));
        return ours;
    }

    @Test
    void record_components_nested_records_and_numbers_read_and_escape_as_ognl_does() {
        assertThat(same("<h1 th:text=\"${post.title}\">t</h1><a th:href=\"${post.topic.href}\" th:text=\"${post.topic.text}\">x</a>"
                + "<i th:text=\"${post.readingTime}\">1</i><b th:utext=\"${post.title}\">u</b>", POST))
                .isEqualTo("<h1>&lt;b&gt;Redis&lt;/b&gt; &amp; &quot;caching&quot;</h1>"
                        + "<a href=\"/topics/caching?a=1&amp;b=2\">Caching</a><i>7</i><b><b>Redis</b> & \"caching\"</b>");
    }

    @Test
    void loops_conditions_literal_substitutions_and_selections_agree() {
        assertThat(same("<ul><li th:each=\"p : ${posts}\" th:class=\"|n${p.readingTime}|\"><span th:text=\"${p.title}\">t</span>"
                + "<em th:if=\"${p.topic != null}\" th:text=\"${p.topic.text}\">x</em></li></ul>"
                + "<p th:object=\"${post}\" th:text=\"*{title}\">s</p><p th:text=\"*{post.title}\">s</p>"
                + "<p th:unless=\"${#lists.isEmpty(post.tags)}\" th:text=\"${post.tags}\">tags</p>", POST))
                .contains("<li class=\"n7\"><span>&lt;b&gt;Redis", "<em>Caching</em>", "<li class=\"n1\"><span>plain</span></li>",
                        "<p>&lt;b&gt;Redis");
    }

    @Test
    void maps_give_their_entries_and_what_ognl_gives_for_size() {
        assertThat(same("<p th:text=\"${post.extra.deep.name}\">m</p><p th:text=\"${post.extra.size}\">s</p>"
                + "<p th:text=\"${post.extra.missing}\">n</p>", POST)).isEqualTo("<p>&lt;deep&gt;</p><p>2</p><p></p>");
    }

    @Test
    void names_that_are_not_components_methods_and_literals_still_reach_ognl() {
        assertThat(same("<p th:text=\"${post.label}\">l</p><p th:text=\"${post.tags.size()}\">n</p><p th:text=\"${true}\">b</p>"
                + "<p th:text=\"${post.tags.empty}\">e</p>", POST))
                .isEqualTo("<p>label of &lt;b&gt;Redis&lt;/b&gt; &amp; &quot;caching&quot;</p><p>2</p><p>true</p><p>false</p>");
    }

    @Test
    void a_null_part_way_and_an_unknown_name_are_still_errors() {
        assertThatThrownBy(() -> render(OURS, "<p th:text=\"${post.topic.text}\">t</p>", NO_TOPIC))
                .hasMessageContaining("post.topic.text");
        assertThatThrownBy(() -> render(OURS, "<p th:text=\"${post.nothing}\">t</p>", POST)).hasMessageContaining("nothing");
        assertThat(same("<p th:text=\"${missing}\">t</p>", POST)).isEqualTo("<p></p>");
    }

    @Test
    void null_tests_and_emptiness_of_lists_and_strings_agree_for_every_case() {
        String template = "<i th:if=\"${post.topic != null}\">has topic</i><i th:if=\"${post.topic == null}\">no topic</i>"
                + "<i th:if=\"${post.topic.href != null}\">href</i>"
                + "<i th:if=\"${#lists.isEmpty(post.tags)}\">no tags</i><i th:unless=\"${#lists.isEmpty(post.tags)}\">tags</i>"
                + "<i th:if=\"${#strings.isEmpty(post.title)}\">no title</i><i th:if=\"${!#strings.isEmpty(post.title)}\">title</i>"
                + "<i th:if=\"${ ! #strings.isEmpty( post.extra.size ) }\">size</i><i th:if=\"${#lists.isEmpty(missing)}\">none</i>"
                + "<i th:text=\"${post.topic != null}\">b</i><i th:if=\"${#strings.isEmpty(post.extra.blank)}\">blank</i>";
        // extra.size is the map's size (2) for OGNL and so here, not its "size" entry
        Post blank = new Post("   ", null, null, map("size", "", "blank", " \t"), 0);
        assertThat(same(template, POST)).isEqualTo("<i>has topic</i><i>href</i><i>tags</i><i>title</i><i>size</i><i>none</i>"
                + "<i>true</i><i>blank</i>");
        String none = same(template.replace("<i th:if=\"${post.topic.href != null}\">href</i>", ""), blank);
        assertThat(none).isEqualTo("<i>no topic</i><i>no tags</i><i>no title</i><i>size</i><i>none</i><i>false</i><i>blank</i>");
        assertThatThrownBy(() -> render(OURS, "<i th:if=\"${#lists.isEmpty(post.title)}\">x</i>", POST))
                .hasMessageContaining("post.title");
        assertThatThrownBy(() -> render(OURS, "<i th:if=\"${#lists.isEmpty(post.extra)}\">x</i>", POST))
                .hasMessageContaining("post.extra");
        assertThat(same("<i th:if=\"${post.tags.size() != null}\">n</i>", POST)).isEqualTo("<i>n</i>");
    }

    @Test
    void the_forms_the_shipped_templates_use_are_read_here_and_the_rest_left_to_ognl() {
        Map<String, String> forms = new LinkedHashMap<>();
        for (String expression : List.of("post.topic.href", "post.topic != null", "nav.older == null", "#lists.isEmpty(post.toc)",
                "!#strings.isEmpty(head.description)", "#strings.abbreviate(card.summary, 160)", "search.total > 0",
                "nav.newer != null or nav.older != null", "#sets.isEmpty(x)", "a != b", "post.tags.size()")) {
            forms.put(expression, RecordExpressions.parse(expression).getClass().getSimpleName());
        }
        assertThat(forms).containsExactly(Map.entry("post.topic.href", "Chain"), Map.entry("post.topic != null", "NullTest"),
                Map.entry("nav.older == null", "NullTest"), Map.entry("#lists.isEmpty(post.toc)", "IsEmpty"),
                Map.entry("!#strings.isEmpty(head.description)", "IsEmpty"), Map.entry("#strings.abbreviate(card.summary, 160)", "Other"),
                Map.entry("search.total > 0", "Other"), Map.entry("nav.newer != null or nav.older != null", "Other"),
                Map.entry("#sets.isEmpty(x)", "Other"), Map.entry("a != b", "Other"), Map.entry("post.tags.size()", "Other"));
    }

    @Test
    void only_plain_chains_of_names_are_read_directly() {
        assertThat(RecordExpressions.names("post.topic.href")).containsExactly("post", "topic", "href");
        assertThat(RecordExpressions.names("entry")).containsExactly("entry");
        for (String other : List.of("", "post.", ".post", "post..x", "post.tags.size()", "a != null", "#lists.x", "post.TRUE",
                "null", "a[0]", "1a.b")) {
            assertThat(RecordExpressions.names(other)).as(other).isNull();
        }
    }
}
