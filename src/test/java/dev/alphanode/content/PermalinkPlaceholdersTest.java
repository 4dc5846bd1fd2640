package dev.alphanode.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alphanode.TestSite;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Jekyll post's {@code permalink} with placeholders (or a style name) is expanded for that post, and
 * its old URL answers 301 to the post's route.
 */
class PermalinkPlaceholdersTest {
    @TempDir
    Path root;

    @Test
    void jekyll_placeholders_in_a_posts_permalink_redirect_the_old_url_to_the_post() throws Exception {
        try (TestSite site = new TestSite(root)) {
            site.write("posts/2013-05-06-Welcome-to-Jekyll.markdown", "---\ntitle: Welcome\n"
                    + "date: 2013-05-06 02:12:52 +0200\ncategories: Jekyll update\n"
                    + "permalink: /:categories/:year/:month/:day/:title.html\n---\nHello.\n");
            site.write("posts/2019-3-7-short.md", "---\ntitle: Short\n"
                    + "permalink: /:short_year/:i_month/:i_day/:slug/\n---\nShort.\n");
            site.write("posts/2020-11-02-renamed.md", "---\ntitle: Renamed\nslug: new-name\n"
                    + "permalink: /:year/:short_month/:title/\n---\nRenamed.\n");
            site.write("posts/2021-02-03-styled.md", "---\ntitle: Styled\npermalink: pretty\n---\nStyled.\n");
            site.write("posts/2021-02-04-ordinal.md", "---\ntitle: Ordinal\npermalink: ordinal\n---\nOrdinal.\n");
            site.write("posts/2022-04-05-no-categories.md", "---\ntitle: None\n"
                    + "permalink: /:categories/:year/:title:output_ext\n---\nNone.\n");

            assertThat(ContentCheck.check(root.resolve("content")).problems()).isEmpty();
            site.start();

            assertRedirect(site, "/jekyll/update/2013/05/06/Welcome-to-Jekyll.html", "/posts/welcome-to-jekyll");
            assertRedirect(site, "/19/3/7/short/", "/posts/short");
            assertRedirect(site, "/2020/Nov/new-name/", "/posts/new-name");
            assertRedirect(site, "/2021/02/03/styled/", "/posts/styled");
            assertRedirect(site, "/2021/035/ordinal.html", "/posts/ordinal");
            assertRedirect(site, "/2022/no-categories.html", "/posts/no-categories");
        }
    }

    @Test
    void a_zola_path_is_the_old_url_of_the_post() throws Exception {
        try (TestSite site = new TestSite(root)) {
            site.write("posts/2016-11-01-git-tip.md", "+++\ntitle = \"Git tip\"\ndate = \"2016-11-01T09:45:37+00:00\"\n"
                    + "path = \"blog/2016/11/01/todays-git-tip/\"\n+++\nTip.\n");

            assertThat(ContentCheck.check(root.resolve("content")).problems()).isEmpty();
            site.start();

            assertRedirect(site, "/blog/2016/11/01/todays-git-tip/", "/posts/git-tip");
        }
    }

    private static void assertRedirect(TestSite site, String oldPath, String route) throws Exception {
        HttpResponse<String> response = site.get(oldPath);
        assertThat(response.statusCode()).as("GET %s", oldPath).isEqualTo(301);
        assertThat(response.headers().firstValue("Location")).as("Location of %s", oldPath).hasValue(route);
    }
}
