package dev.alphanode.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Every kind of page in Chromium, light and dark: axe-core finds no serious or critical
 * violation, the page has its landmarks, one h1 and a skip link, focus is visible, and at 360 px
 * nothing scrolls sideways. The post page is photographed for the README in both themes.
 */
class AccessibilityTest extends BrowserTest {
    /** Home, a post, a listing, a search and the 404 page. */
    private static final List<String> PAGES = List.of("/", "/posts/code-sample", "/tags/java", "/search?q=redis+cache",
            "/posts/no-such-post");

    @Test
    void axe_finds_no_serious_or_critical_violation_on_any_kind_of_page_in_either_theme() throws Exception {
        for (String scheme : List.of("light", "dark")) {
            browser.colorScheme(scheme);
            for (String page : PAGES) {
                browser.open(base + page);
                assertThat(browser.seriousViolations()).as("axe on " + page + " in " + scheme + " mode").isEmpty();
            }
        }
        assertThat(browser.consoleErrors()).as("console errors (the 404 page logs its status)")
                .allMatch(error -> error.contains("/posts/no-such-post") && error.contains("404"));
    }

    @Test
    void every_page_has_landmarks_one_h1_a_skip_link_to_main_and_a_labelled_search() throws Exception {
        for (String page : PAGES) {
            browser.open(base + page);
            assertThat(browser.driver().findElements(By.tagName("h1"))).as("h1 on " + page).hasSize(1);
            assertThat(browser.driver().findElements(By.cssSelector("body > header.site-header"))).as("banner on " + page).hasSize(1);
            assertThat(browser.driver().findElements(By.cssSelector("body > main#main"))).as("main on " + page).hasSize(1);
            assertThat(browser.driver().findElements(By.cssSelector("body > footer"))).as("contentinfo on " + page).hasSize(1);
            assertThat(browser.driver().findElement(By.cssSelector(".skip-link")).getAttribute("href")).isEqualTo(base + page + "#main");
            WebElement search = browser.driver().findElement(By.cssSelector("form[role=search] input[type=search]"));
            assertThat(browser.driver().findElement(By.cssSelector("label[for='" + search.getAttribute("id") + "']")).getAttribute("textContent"))
                    .isEqualTo("Search posts");
        }
    }

    @Test
    void focus_is_visible_in_both_themes() throws Exception {
        for (String scheme : List.of("light", "dark")) {
            browser.colorScheme(scheme);
            browser.open(base + "/posts/code-sample");
            WebElement link = browser.tabTo(".tag-chips a");
            assertThat(link.getCssValue("outline-style")).as("focus outline in " + scheme).isEqualTo("solid");
            assertThat(link.getCssValue("outline-width")).isEqualTo("3px");
        }
    }

    @Test
    void at_360_pixels_no_page_scrolls_sideways() throws Exception {
        browser.viewport(360, 740);
        for (String page : PAGES) {
            browser.open(base + page);
            assertThat((Long) browser.script("return document.scrollingElement.scrollWidth")).as("scroll width of " + page)
                    .isLessThanOrEqualTo(360L);
        }
    }

    @Test
    void the_post_page_is_photographed_for_the_readme_in_light_and_dark() throws Exception {
        browser.open(base + "/posts/code-sample");
        Path light = Path.of("docs", "screenshot.png");
        Path dark = Path.of("docs", "screenshot-dark.png");
        browser.screenshot(light);
        browser.colorScheme("dark");
        browser.screenshot(dark);
        assertThat(java.nio.file.Files.size(light)).isGreaterThan(10_000);
        assertThat(java.nio.file.Files.size(dark)).isGreaterThan(10_000);
    }
}
