package dev.alphanode.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alphanode.TestSite;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Images in a post body as a reader's browser gets them: sizes from the files, lazy loading, alt text, still sanitized. */
class PostImagesTest {
    private static final Pattern IMG = Pattern.compile("<img [^>]*>");

    @TempDir
    Path root;
    TestSite site;

    @BeforeEach
    void start() throws Exception {
        site = new TestSite(root);
        Path media = Files.createDirectories(site.contentDir.resolve("media"));
        ImageIO.write(new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB), "png", media.resolve("chart.png").toFile());
        ImageIO.write(new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB), "jpg", media.resolve("photo.jpg").toFile());
        ImageIO.write(new BufferedImage(30, 20, BufferedImage.TYPE_BYTE_INDEXED), "gif", media.resolve("anim.gif").toFile());
        Files.copy(Path.of("src/test/resources/images/blue-37x23.webp"), media.resolve("blue.webp"));
        Files.writeString(media.resolve("boxes.svg"), "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""
                + " width=\"600px\" height=\"160\" viewBox=\"0 0 1200 320\"><rect width=\"10\" height=\"10\"/></svg>\n");
        Files.writeString(media.resolve("box-only.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 300 150\"/>");
        Files.writeString(media.resolve("percent.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100%\"/>");
        site.write("posts/pictures.md", TestSite.post("pictures", "2025-03-01",
                "images:\n  - {source: \"alphanode media\", url: \"/media/photo.jpg\", caption: \"the staging rack\"}\n",
                """
                ![](/media/chart.png "p95 before and after")

                ![](/media/photo.jpg)

                ![an animation](/media/anim.gif) ![a blue square](/media/blue.webp)

                ![boxes](/media/boxes.svg) ![](/media/box-only.svg) ![percent](/media/percent.svg)

                ![elsewhere](https://images.example.com/x.png) ![gone](/media/missing.png)

                <img src="/media/chart.png" onerror="alert(1)" loading="soon" width="999999" height="80" decoding="sync" style="x">
                """));
        site.write("posts/bundle/index.md", TestSite.post("a bundle", "2025-03-02", "", "![](ridge.png)\n"));
        ImageIO.write(new BufferedImage(50, 25, BufferedImage.TYPE_INT_RGB), "png",
                site.contentDir.resolve("posts/bundle/ridge.png").toFile());
        site.start();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void local_images_carry_their_files_width_and_height_for_every_format() throws Exception {
        List<String> images = images("/posts/pictures");
        assertThat(images.get(0)).contains("src=\"/media/chart.png\"", "width=\"120\"", "height=\"80\"");
        assertThat(images.get(1)).contains("width=\"64\"", "height=\"48\"");
        assertThat(images.get(2)).contains("width=\"30\"", "height=\"20\"");
        assertThat(images.get(3)).as("WebP").contains("width=\"37\"", "height=\"23\"");
        assertThat(images.get(4)).as("SVG width/height win over viewBox").contains("width=\"600\"", "height=\"160\"");
        assertThat(images.get(5)).as("SVG viewBox alone").contains("width=\"300\"", "height=\"150\"");
        for (int i = 6; i <= 8; i++) {
            assertThat(images.get(i)).as("no size known: " + images.get(i)).doesNotContain("width=", "height=");
        }
        assertThat(images("/posts/bundle").get(0)).contains("src=\"/posts/bundle/ridge.png\"", "width=\"50\"", "height=\"25\"");
    }

    @Test
    void every_image_but_the_first_loads_lazily_and_all_decode_async() throws Exception {
        List<String> images = images("/posts/pictures");
        assertThat(images.get(0)).as("the hero image").doesNotContain("loading=").contains("decoding=\"async\"");
        assertThat(images.subList(1, 9)).allSatisfy(img -> assertThat(img).contains("loading=\"lazy\"", "decoding=\"async\""));
    }

    @Test
    void an_empty_alt_takes_the_title_or_the_caption_front_matter_gives_the_url() throws Exception {
        List<String> images = images("/posts/pictures");
        assertThat(images.get(0)).contains("alt=\"p95 before and after\"");
        assertThat(images.get(1)).contains("alt=\"the staging rack\"");
        assertThat(images.get(2)).contains("alt=\"an animation\"");
        assertThat(images.get(5)).contains("alt=\"\"");
    }

    @Test
    void raw_html_images_keep_only_the_allowed_attributes_with_allowed_values() throws Exception {
        String raw = images("/posts/pictures").get(9);
        assertThat(raw).contains("src=\"/media/chart.png\"", "height=\"80\"")
                .doesNotContain("onerror", "alert", "style", "soon", "999999", "sync");
    }

    @Test
    void an_unchanged_body_shows_a_replaced_image_file_and_a_new_caption_on_the_next_render() throws Exception {
        assertThat(images("/posts/pictures").get(0)).contains("width=\"120\"", "height=\"80\"");
        assertThat(images("/posts/bundle").get(0)).contains("width=\"50\"", "height=\"25\"");
        Path media = site.contentDir.resolve("media");
        ImageIO.write(new BufferedImage(240, 90, BufferedImage.TYPE_INT_RGB), "png", media.resolve("chart.png").toFile());
        ImageIO.write(new BufferedImage(51, 26, BufferedImage.TYPE_INT_RGB), "png",
                site.contentDir.resolve("posts/bundle/ridge.png").toFile());
        assertThat(images("/posts/pictures").get(0)).as("the same body, its image file replaced")
                .contains("width=\"240\"", "height=\"90\"");
        assertThat(images("/posts/bundle").get(0)).as("a bundle's own image replaced").contains("width=\"51\"", "height=\"26\"");

        String text = Files.readString(site.contentDir.resolve("posts/pictures.md"));
        site.write("posts/pictures.md", text.replace("the staging rack", "the rack after the move"));
        site.app().sync();
        site.await("/posts/pictures", response -> response.body().contains("alt=\"the rack after the move\""));
        Files.delete(media.resolve("photo.jpg"));
        assertThat(images("/posts/pictures").get(1)).as("an image file gone").doesNotContain("width=", "height=");
    }

    private List<String> images(String path) throws Exception {
        String html = site.get(path).body();
        String body = html.substring(html.indexOf("<div class=\"post-body\">"), html.indexOf("</article>"));
        List<String> images = new ArrayList<>();
        Matcher matcher = IMG.matcher(body);
        while (matcher.find()) {
            images.add(matcher.group());
        }
        assertThat(images).as(path + " images").isNotEmpty();
        return images;
    }
}
