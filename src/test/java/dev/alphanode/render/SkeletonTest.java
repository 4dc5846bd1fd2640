package dev.alphanode.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A theme edits the page frame in layout.html; the site fills its slots without running a template per page. */
class SkeletonTest {
    @TempDir
    Path theme;

    @Test
    void a_theme_skeleton_wraps_every_page_as_written() throws Exception {
        Files.writeString(theme.resolve("layout.html"), """
                <!DOCTYPE html>
                <html lang="en" class="theme">
                [(${head})]
                <body><div class="wrap">
                [(${nav})]
                <main id="main">[(${main})]</main>
                <aside>Theme text with <b>markup</b></aside>
                [(${footer})]
                </div></body>
                </html><th:block th:remove="all"><head th:fragment="head"></head></th:block>
                """);

        String html = Skeleton.of(new Templates(Optional.of(theme))).fill("<head>H</head>", "<nav>N</nav>",
                List.of("<article>A</article>", "<section>S</section>"), "<footer>F</footer>");

        assertThat(html).isEqualTo("""
                <!DOCTYPE html>
                <html lang="en" class="theme">
                <head>H</head>
                <body><div class="wrap">
                <nav>N</nav>
                <main id="main"><article>A</article>
                <section>S</section>
                </main>
                <aside>Theme text with <b>markup</b></aside>
                <footer>F</footer>
                </div></body>
                </html>
                """);
    }

    @Test
    void a_skeleton_without_a_slot_or_with_one_twice_is_refused_naming_it() {
        assertThatThrownBy(() -> Skeleton.parse("<html>\u0001slot:HEAD\u0001\u0001slot:NAV\u0001\u0001slot:MAIN\u0001</html>"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("templates/layout.html: the page skeleton uses [(${footer})] 0 times (expected exactly once;"
                        + " it is where that part of every page goes)");
        assertThatThrownBy(() -> Skeleton.parse("\u0001slot:HEAD\u0001\u0001slot:NAV\u0001\u0001slot:MAIN\u0001"
                + "\u0001slot:MAIN\u0001\u0001slot:FOOTER\u0001"))
                .hasMessageContaining("uses [(${main})] 2 times");
    }
}
