package dev.alphanode.pages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alphanode.RedisExtension;
import dev.alphanode.TestSite;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Jekyll and Hugo tags on the served site: turned when rendered, cross-post links following their target. */
class TemplateTagsSiteTest {
    private static final String LINKING = "[the intro]({% post_url 2024-01-31-intro %}) and [setup]({{< ref \"setup.md#step-2\" >}})";

    @RegisterExtension
    static final RedisExtension redis = new RedisExtension();
    @TempDir
    Path root;
    TestSite site;

    @BeforeEach
    void startSite() throws Exception {
        site = new TestSite(root).cachedIn(redis.uri());
        site.write("posts/2024-01-31-intro.md", TestSite.post("Intro", "2024-01-31", "slug: intro\n", "Hello."));
        site.write("posts/hugo/setup.md", TestSite.post("Setup", "2024-02-01", "", "Steps."));
        site.write("posts/linking.md", TestSite.post("Linking", "2024-02-02", "",
                "Read " + LINKING + ".\n\n{% highlight java %}\nvar x = 1;\n{% endhighlight %}\n\n{% include ad.html %}"));
        site.start();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void a_post_shows_its_tags_turned_and_unknown_ones_as_text() throws Exception {
        String page = site.get("/posts/linking").body();

        assertThat(page).contains("<a href=\"/posts/intro\" rel=\"noopener\">the intro</a> and"
                        + " <a href=\"/posts/setup#step-2\" rel=\"noopener\">setup</a>")
                .contains("<pre><code class=\"language-java\">var x &#61; 1;\n</code></pre>")
                .contains("<p>{% include ad.html %}</p>");
        assertThat(site.get("/feed.xml").body()).contains("&lt;a href=\"/posts/intro\" rel=\"noopener\"&gt;the intro&lt;/a&gt;");
    }

    @Test
    void a_linked_post_changing_its_slug_or_going_away_updates_the_cached_linking_page_and_feed() throws Exception {
        assertThat(site.get("/posts/linking").body()).contains("href=\"/posts/intro\"");
        assertThat(site.get("/posts/linking").headers().firstValue("X-Cache")).contains("HIT");
        site.get("/feed.xml");

        site.write("posts/2024-01-31-intro.md", TestSite.post("Intro", "2024-01-31", "slug: welcome\n", "Hello."));
        site.app().sync();

        assertThat(site.get("/posts/linking").body()).contains("<a href=\"/posts/welcome\" rel=\"noopener\">the intro</a>");
        assertThat(site.get("/feed.xml").body()).contains("&lt;a href=\"/posts/welcome\" rel=\"noopener\"&gt;the intro&lt;/a&gt;");

        site.delete("posts/hugo/setup.md");
        site.app().sync();

        assertThat(site.get("/posts/linking").body()).contains("<a href=\"/posts/welcome\" rel=\"noopener\">the intro</a>")
                .contains("[setup]({<!-- -->{&lt; ref &#34;setup.md#step-2&#34; &gt;}})");
    }
}
