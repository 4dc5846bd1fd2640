package dev.alphanode.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alphanode.Await;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** A reader walks the site in Chromium: home → a post → a similar post → a tag listing → a search → a result. */
class ReaderWalkTest extends BrowserTest {

    @Test
    void a_reader_walks_from_home_to_a_search_result_with_the_mouse() throws Exception {
        browser.open(base + "/");
        assertThat(browser.h1()).isEqualTo("Newest posts");

        String title = follow(browser.driver().findElement(By.cssSelector(".post-card-title a")));
        assertThat(browser.path()).startsWith("/posts/");
        assertThat(browser.h1()).isEqualTo(title);

        String similar = follow(browser.driver().findElement(By.cssSelector("#similar-posts li > a")));
        assertThat(browser.path()).startsWith("/posts/");
        assertThat(browser.h1()).isEqualTo(similar);

        String tag = follow(browser.driver().findElement(By.cssSelector(".tag-chips a")));
        assertThat(browser.path()).startsWith("/tags/");
        assertThat(browser.h1()).isEqualTo("Tag: " + tag);
        String listed = browser.driver().findElement(By.cssSelector(".post-card-title a")).getText();

        WebElement search = browser.driver().findElement(By.id("site-search-q"));
        search.sendKeys(listed);
        browser.driver().findElement(By.cssSelector(".site-search button")).click();
        awaitPath("/search?q=");
        assertThat(browser.h1()).isEqualTo("Search: " + listed);

        String result = follow(browser.driver().findElement(By.cssSelector(".search-hit a")));
        assertThat(result).isEqualTo(listed);
        assertThat(browser.h1()).isEqualTo(listed);
        assertThat(browser.consoleErrors()).as("console errors on the walk").isEmpty();
    }

    @Test
    void a_reader_walks_the_same_way_with_the_keyboard_alone() throws Exception {
        browser.open(base + "/");
        WebElement first = browser.tab();
        assertThat(first.getAttribute("class")).as("the first Tab stop").isEqualTo("skip-link");
        assertThat(first.isDisplayed()).as("the skip link shows when focused").isTrue();
        browser.press(Keys.ENTER);
        assertThat(browser.path()).isEqualTo("/#main");
        WebElement afterSkip = browser.tab();
        assertThat(browser.script("return document.getElementById('main').contains(arguments[0])", afterSkip))
                .as("after the skip link, Tab goes into main").isEqualTo(true);

        String title = afterSkip.getText();
        browser.press(Keys.ENTER);
        awaitPath("/posts/");
        assertThat(browser.h1()).isEqualTo(title);

        String similar = browser.tabTo("#similar-posts li > a").getText();
        browser.press(Keys.ENTER);
        awaitH1(similar);

        String tag = browser.tabTo(".tag-chips a").getText();
        browser.press(Keys.ENTER);
        awaitH1("Tag: " + tag);
        String listed = browser.driver().findElement(By.cssSelector(".post-card-title a")).getText();

        browser.open(base + browser.path());
        browser.tabTo("#site-search-q");
        browser.press(listed, Keys.ENTER);
        awaitH1("Search: " + listed);
        String result = browser.tabTo(".search-hit a").getText();
        browser.press(Keys.ENTER);
        awaitH1(result);
        assertThat(result).isEqualTo(listed);
    }

    @Test
    void tab_order_reaches_the_skip_link_the_search_and_every_post_link() throws Exception {
        for (String page : List.of("/", "/posts/code-sample")) {
            browser.open(base + page);
            List<String> expected = new ArrayList<>();
            for (WebElement link : browser.driver().findElements(By.cssSelector("main a[href^='/posts/']"))) {
                expected.add(link.getAttribute("href"));
            }
            assertThat(expected).as("post links on " + page).isNotEmpty();
            List<String> stops = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                WebElement focused = browser.tab();
                String stop = focused.getTagName().equals("a") ? focused.getAttribute("href")
                        : focused.getTagName() + "#" + focused.getAttribute("id");
                if (stops.contains(stop) && stop.equals(stops.get(0))) {
                    break;
                }
                stops.add(stop);
            }
            assertThat(stops.get(0)).as("first Tab stop on " + page).isEqualTo(base + page + "#main");
            assertThat(stops).as("Tab stops on " + page).contains("input#site-search-q")
                    .containsAll(expected);
        }
    }

    @Test
    void a_post_loads_its_styles_and_scripts_from_hashed_urls_and_shows_its_images_at_their_real_size() throws Exception {
        String post = postWithLocalImages();
        browser.open(base + post);
        @SuppressWarnings("unchecked")
        List<String> sheets = (List<String>) browser.script("return Array.from(document.styleSheets, s => s.href)");
        @SuppressWarnings("unchecked")
        List<String> scripts = (List<String>) browser.script(
                "return Array.from(document.querySelectorAll('script[src]'), s => s.src)");
        assertThat(sheets).hasSize(2).allMatch(href -> href.matches(base + "/static/.+\\.[0-9a-f]{10}\\.css"));
        assertThat(scripts).hasSize(2).allMatch(src -> src.matches(base + "/static/.+\\.[0-9a-f]{10}\\.js"));
        assertThat(browser.script("return Array.from(document.styleSheets).every(s => s.cssRules.length > 0)"))
                .as("every stylesheet loaded and parsed").isEqualTo(true);
        assertThat(browser.script("return typeof hljs === 'object' && !!document.querySelector('pre code.hljs')"))
                .as("the hashed highlight.js ran").isEqualTo(true);

        browser.script("document.querySelectorAll('.post-body img').forEach(img => img.loading = 'eager')");
        Await.until(Duration.ofSeconds(10), "every image of " + post + " loaded", () -> (Boolean) browser.script(
                "return Array.from(document.querySelectorAll('.post-body img')).every(img => img.complete)"));
        @SuppressWarnings("unchecked")
        List<List<Object>> images = (List<List<Object>>) browser.script("return Array.from("
                + "document.querySelectorAll('.post-body img[src^=\"/media/\"]'),"
                + " img => [img.getAttribute('src'), img.naturalWidth, img.naturalHeight, img.getAttribute('width'),"
                + " img.getAttribute('height'), img.alt])");
        assertThat(images).as("local images on " + post).isNotEmpty().allSatisfy(image -> {
            assertThat(((Number) image.get(1)).intValue()).as(image.get(0) + " natural width").isGreaterThan(1);
            assertThat(((Number) image.get(2)).intValue()).as(image.get(0) + " natural height").isGreaterThan(1);
            assertThat(image.get(3)).as(image.get(0) + " width attribute").isEqualTo(String.valueOf(image.get(1)));
            assertThat(image.get(4)).as(image.get(0) + " height attribute").isEqualTo(String.valueOf(image.get(2)));
            assertThat((String) image.get(5)).as(image.get(0) + " alt").isNotBlank();
        });
        assertThat(browser.consoleErrors()).as("console errors on " + post).isEmpty();
    }

    /** A generated post whose body shows pictures of the media pool. */
    private String postWithLocalImages() {
        for (int page = 1; page <= 4; page++) {
            browser.open(base + (page == 1 ? "/" : "/page/" + page));
            List<String> posts = new ArrayList<>();
            for (WebElement link : browser.driver().findElements(By.cssSelector(".post-card-title a"))) {
                posts.add(link.getAttribute("href").substring(base.length()));
            }
            for (String post : posts) {
                browser.open(base + post);
                if (!browser.driver().findElements(By.cssSelector(".post-body img[src^='/media/']")).isEmpty()) {
                    return post;
                }
            }
        }
        throw new AssertionError("no generated post shows a /media/ image");
    }

    /** Clicks a link, waits for the page it names, and returns the link's text. */
    private String follow(WebElement link) throws Exception {
        String text = link.getText();
        String href = link.getAttribute("href");
        link.click();
        Await.until(Duration.ofSeconds(10), "the browser at " + href, () -> (base + browser.path()).equals(href));
        return text;
    }

    private void awaitPath(String prefix) throws Exception {
        Await.until(Duration.ofSeconds(10), "the browser at a path starting " + prefix, () -> browser.path().startsWith(prefix));
    }

    /** Waits for the next page's heading; a heading found on the page being left goes stale as it unloads, so look again. */
    private void awaitH1(String text) throws Exception {
        Await.until(Duration.ofSeconds(10), "a page headed '" + text + "'", () -> {
            try {
                var headings = browser.driver().findElements(By.tagName("h1"));
                return headings.size() == 1 && headings.get(0).getText().equals(text);
            } catch (org.openqa.selenium.StaleElementReferenceException leftBehind) {
                return false;
            }
        });
    }
}
