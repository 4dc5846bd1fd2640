package dev.alphanode.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alphanode.render.Markdown;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Jekyll and Hugo tags in bodies: what each becomes, what stays as text, and the warnings check prints. */
class TemplateTagsTest {
    private static final Map<String, String> POSTS = Map.of(
            "2024-01-31-hello", "/posts/hello",
            "posts/guide.md", "/posts/guide",
            "guide", "/posts/guide");
    private static final TemplateTags.Targets TARGETS = reference -> Optional.ofNullable(POSTS.get(reference));
    private final Markdown markdown = new Markdown();

    private static TemplateTags.Result transform(String body) {
        return TemplateTags.transform(body, TARGETS);
    }

    private static String turned(String body) {
        TemplateTags.Result result = transform(body);
        assertThat(result.warnings()).as("warnings of " + body).isEmpty();
        return result.markdown();
    }

    private String html(String body) {
        return markdown.toHtml(transform(body).markdown());
    }

    @Test
    void a_body_without_tags_is_returned_as_it_is() {
        String body = "# Title\n\nSome `code` and {braces} and 100% sure.\r\n";

        assertThat(turned(body)).isSameAs(body);
    }

    @Test
    void a_liquid_highlight_block_becomes_a_fenced_code_block_and_its_options_are_ignored() {
        String body = "Before.\n\n{% highlight ruby linenos %}\ndef foo\n  puts '{{ x }}'\nend\n{% endhighlight %}\n\nAfter.\n";

        assertThat(turned(body)).isEqualTo("Before.\n\n```ruby\ndef foo\n  puts '{{ x }}'\nend\n```\n\nAfter.\n");
        // The sanitizer writes "{{" as "{<!-- -->{" wherever it appears, so no client-side template reads it.
        assertThat(html(body)).contains("<pre><code class=\"language-ruby\">def foo\n  puts &#39;{<!-- -->{ x }}&#39;\nend\n</code></pre>");
    }

    @Test
    void a_highlight_holding_backtick_fences_gets_a_longer_fence() {
        String body = "{% highlight markdown %}\n```js\nx\n```\n{% endhighlight %}\n";

        assertThat(turned(body)).isEqualTo("````markdown\n```js\nx\n```\n````\n");
    }

    @Test
    void a_hugo_highlight_block_becomes_a_fenced_code_block_in_both_spellings() {
        assertThat(turned("{{< highlight go \"linenos=table,hl_lines=2\" >}}\nfunc main() {}\n{{< /highlight >}}\n"))
                .isEqualTo("```go\nfunc main() {}\n```\n");
        assertThat(turned("{{% highlight python %}}\nprint(1)\n{{% /highlight %}}\n"))
                .isEqualTo("```python\nprint(1)\n```\n");
    }

    @Test
    void a_raw_block_is_literal_text_with_its_tags_untouched() {
        String body = "{% raw %}Use {{ page.title }} and {% include x.html %}.{% endraw %}\n";

        assertThat(turned(body)).isEqualTo("Use {{ page.title }} and {% include x.html %}.\n");
        assertThat(turned("{% raw %}\n{{ a }}\n{% endraw %}\n")).isEqualTo("\n{{ a }}\n\n");
    }

    @Test
    void post_url_and_link_become_the_route_of_the_post_they_name() {
        assertThat(turned("See [hello]({% post_url 2024-01-31-hello %}) and [the guide]({% link posts/guide.md %}).\n"))
                .isEqualTo("See [hello](/posts/hello) and [the guide](/posts/guide).\n");
    }

    @Test
    void hugo_ref_and_relref_become_the_route_keeping_an_anchor() {
        assertThat(turned("[a]({{< ref \"guide\" >}}) [b]({{< relref \"posts/guide.md#setup\" >}}) [c]({{% ref guide %}})\n"))
                .isEqualTo("[a](/posts/guide) [b](/posts/guide#setup) [c](/posts/guide)\n");
    }

    @Test
    void site_baseurl_and_site_url_are_the_site_root_so_links_stay_root_relative() {
        assertThat(turned("![x]({{ site.baseurl }}/media/x.png) [home]({{site.url}}{{ site.baseurl }}/)\n"))
                .isEqualTo("![x](/media/x.png) [home](/)\n");
    }

    @Test
    void a_hugo_figure_becomes_an_escaped_html_figure() {
        String body = "{{< figure src=\"/media/a.png\" caption=\"Fig <1> & co\" alt='An \"A\"' >}}\nText after.\n";

        assertThat(turned(body)).isEqualTo("<figure><img src=\"/media/a.png\" alt=\"An &quot;A&quot;\">"
                + "<figcaption>Fig &lt;1&gt; &amp; co</figcaption></figure>\n\nText after.\n");
        assertThat(html(body)).contains("<figure><img src=\"/media/a.png\" alt=\"An &#34;A&#34;\" />"
                + "<figcaption>Fig &lt;1&gt; &amp; co</figcaption></figure>").contains("<p>Text after.</p>");
    }

    @Test
    void tags_in_fenced_and_indented_code_and_code_spans_are_left_alone() {
        String body = "```liquid\n{% highlight ruby %}\n{{ site.url }}\n```\n\n    {% post_url nowhere %}\n\n"
                + "Inline `{% include x %}` and ``{{< ref \"nowhere\" >}}``.\n~~~\n{{< figure src=x >}}\n~~~\n";

        assertThat(turned(body)).isEqualTo(body);
    }

    @Test
    void an_unknown_tag_stays_visible_as_written_and_is_a_warning_at_its_line() {
        TemplateTags.Result result = transform("Intro.\n\n{% include note.html param=\"a_b\" %}\n\nHi {{ page.title | upcase }}"
                + " and {{<youtube id>}}.\n");

        assertThat(result.warnings()).extracting(TemplateTags.Warning::line).containsExactly(3, 5, 5);
        assertThat(result.warnings().get(0).message()).isEqualTo("unknown template tag '{% include note.html param=\"a_b\" %}'"
                + " left as text (expected one of " + TemplateTags.KNOWN + ")");
        assertThat(markdown.toHtml(result.markdown())).contains("<p>{% include note.html param&#61;&#34;a_b&#34; %}</p>")
                .contains("Hi {<!-- -->{ page.title | upcase }} and {<!-- -->{&lt;youtube id&gt;}}.");
    }

    @Test
    void a_reference_to_no_post_stays_visible_and_is_a_warning() {
        TemplateTags.Result result = transform("One.\nSee {% post_url 2020-01-01-gone %}.\n");

        assertThat(result.markdown()).isEqualTo("One.\nSee {% post\\_url 2020-01-01-gone %}.\n");
        assertThat(markdown.toHtml(result.markdown())).contains("See {% post_url 2020-01-01-gone %}.");
        assertThat(result.warnings()).containsExactly(new TemplateTags.Warning(2, "post reference '{% post_url 2020-01-01-gone %}' names no"
                + " published post, left as text (expected the file name or path of a post in content/posts, e.g."
                + " 2024-01-31-title)"));
    }

    @Test
    void an_unclosed_block_is_left_as_text_and_is_a_warning_at_its_opening_line() {
        TemplateTags.Result result = transform("a\n{% highlight ruby %}\nputs 1\n");

        assertThat(result.markdown()).isEqualTo("a\n{% highlight ruby %}\nputs 1\n");
        assertThat(result.warnings()).extracting(TemplateTags.Warning::line).containsExactly(2);
        assertThat(result.warnings().get(0).message()).contains("never closed").contains("{% endhighlight %}");
    }

    @Test
    void references_and_post_paths_share_one_key() {
        assertThat(TemplateTags.key("2024-01-31-Hello")).isEqualTo("2024-01-31-hello");
        assertThat(TemplateTags.key("_posts/2024-01-31-hello.md")).isEqualTo("2024-01-31-hello");
        assertThat(TemplateTags.key("posts/2024-01-31-hello.markdown")).isEqualTo("2024-01-31-hello");
        assertThat(TemplateTags.key("posts/my-trip/index.md")).isEqualTo("my-trip");
        assertThat(TemplateTags.key("/posts/guide/#setup")).isEqualTo("guide");
        assertThat(TemplateTags.referenceKeys("{% post_url 2024-01-31-hello %} {{< ref \"a/guide.md\" >}} `{% link x %}`"))
                .containsExactly("2024-01-31-hello", "guide");
    }

    @Test
    void of_several_posts_with_one_file_name_the_reference_path_picks_first() {
        List<String> paths = List.of("posts/a/guide.md", "posts/b/guide.md");

        assertThat(TemplateTags.pick("b/guide.md", paths, path -> path)).contains("posts/b/guide.md");
        assertThat(TemplateTags.pick("guide", paths, path -> path)).contains("posts/a/guide.md");
        assertThat(TemplateTags.pick("guide", List.<String>of(), path -> path)).isEmpty();
    }
}
