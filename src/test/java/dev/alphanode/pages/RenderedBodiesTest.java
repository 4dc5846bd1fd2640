package dev.alphanode.pages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alphanode.content.ImageSize;
import dev.alphanode.render.BodyImages;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** A body is converted again exactly when something its last conversion read is different. */
class RenderedBodiesTest {
    private final AtomicInteger conversions = new AtomicInteger();
    private final Map<String, ImageSize> files = new HashMap<>();
    private final Map<String, String> captions = new HashMap<>();
    private final BodyImages images = new BodyImages() {
        @Override
        public Optional<ImageSize> size(String src) {
            return Optional.ofNullable(files.get(src));
        }

        @Override
        public Optional<String> caption(String src) {
            return Optional.ofNullable(captions.get(src));
        }
    };

    /** Converts like the site does: asks for the image's size and caption, writes what it got. */
    private final Function<BodyImages, String> convert = asked -> {
        conversions.incrementAndGet();
        return "<img src=a.png " + asked.size("a.png").map(size -> size.width() + "x" + size.height()).orElse("")
                + " " + asked.caption("a.png").orElse("") + ">";
    };

    @Test
    void the_same_body_base_and_image_answers_reuse_the_last_conversion() {
        RenderedBodies bodies = new RenderedBodies(1_000);
        files.put("a.png", new ImageSize(10, 20));
        String first = bodies.html("post", "![](a.png)", "", images, convert);
        String again = bodies.html("post", "![](a.png)", "", images, convert);
        assertThat(again).isEqualTo(first).isEqualTo("<img src=a.png 10x20 >");
        assertThat(conversions).hasValue(1);
    }

    @Test
    void a_different_body_base_size_or_caption_converts_again() {
        RenderedBodies bodies = new RenderedBodies(1_000);
        files.put("a.png", new ImageSize(10, 20));
        bodies.html("post", "![](a.png)", "", images, convert);
        bodies.html("post", "![](a.png) edited", "", images, convert);
        bodies.html("post", "![](a.png) edited", "/posts/post/", images, convert);
        assertThat(conversions).hasValue(3);

        files.put("a.png", new ImageSize(11, 20));
        assertThat(bodies.html("post", "![](a.png) edited", "/posts/post/", images, convert)).contains("11x20");
        captions.put("a.png", "a caption");
        assertThat(bodies.html("post", "![](a.png) edited", "/posts/post/", images, convert)).contains("a caption");
        files.remove("a.png");
        assertThat(bodies.html("post", "![](a.png) edited", "/posts/post/", images, convert)).doesNotContain("x20");
        assertThat(conversions).hasValue(6);
    }

    @Test
    void posts_are_kept_apart_and_the_least_recently_used_go_past_the_budget() {
        RenderedBodies bodies = new RenderedBodies(60); // each body: 10 chars of Markdown + 17 of HTML
        bodies.html("one", "![](a.png)", "", images, convert);
        bodies.html("two", "![](a.png)", "", images, convert);
        bodies.html("one", "![](a.png)", "", images, convert);
        assertThat(conversions).as("same Markdown, two posts").hasValue(2);
        bodies.html("three", "![](a.png)", "", images, convert);
        assertThat(bodies.size()).isEqualTo(2);
        bodies.html("one", "![](a.png)", "", images, convert);
        assertThat(conversions).as("'one' was used last, 'two' went").hasValue(3);
        bodies.html("two", "![](a.png)", "", images, convert);
        assertThat(conversions).hasValue(4);

        RenderedBodies tiny = new RenderedBodies(10);
        tiny.html("one", "![](a.png)", "", images, convert);
        assertThat(tiny.size()).as("a body larger than the whole budget is not kept").isZero();
    }
}
