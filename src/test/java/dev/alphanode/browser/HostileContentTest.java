package dev.alphanode.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alphanode.TestSite;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;

/**
 * Posts written to attack their readers (script elements, on* attributes, javascript: links and
 * image URLs, in the body and in every kind of front-matter field) open in Chromium with no
 * dialog, no console error and none of their script run, on the post and on every page that shows them.
 */
class HostileContentTest extends BrowserTest {
    /** Every payload calls ran(n); the page's own hook records the calls, so a run payload is seen even if it opens no dialog. */
    private static final String HOOK = "window.__ran = []; window.ran = function (n) { window.__ran.push(n); };"
            + "['alert', 'confirm', 'prompt', 'print'].forEach(function (name) {"
            + "  var original = window[name];"
            + "  window[name] = function (m) { window.__ran.push(name + ':' + m); return original.apply(window, arguments); };"
            + "});";
    private static final String FRONT_MATTER = """
            ---
            title: "<script>ran(1)</script><img src=x onerror=ran(2)>"
            date: 2030-01-01
            slug: hostile
            topic: "<svg onload=ran(3)>"
            summary: "<img src=x onerror=ran(4)> javascript:ran(5)"
            tags: ["<script>ran(6)</script>", "javascript:ran(7)", "\\" onmouseover=\\"ran(8)"]
            stack: ["<iframe src=javascript:ran(9)>"]
            images:
              - {source: "<b onclick=ran(10)>x</b>", url: "/media/dot.svg", caption: "<img src=x onerror=ran(12)>"}
            reference: "javascript:ran(13)"
            homepage: "javascript:ran(16)"
            notes: ["<a href=javascript:ran(14)>note</a>"]
            payload: {"<script>ran(15)</script>": "<style>body{display:none}</style>"}
            ---
            """;
    private static final String BODY = """
            ## an ordinary heading <script>ran(20)</script>

            <script>ran(21)</script>
            <img src="/media/dot.svg" onload="ran(22)" onerror="ran(22)">
            <img src="javascript:ran(23)">
            <a href="javascript:ran(24)" onclick="ran(25)">click me</a>
            <svg onload="ran(26)"><circle r="1"/></svg>
            <iframe src="javascript:ran(27)"></iframe>
            <object data="javascript:ran(28)"></object>
            <div style="background:url(javascript:ran(29))" onmouseover="ran(30)">hover</div>
            <form action="javascript:ran(31)"><button formaction="javascript:ran(32)">go</button></form>
            <details open ontoggle="ran(33)"><summary>x</summary></details>
            <a href="JaVaScRiPt:ran(34)">mixed case</a> <a href="&#106;avascript:ran(35)">entity</a>

            [markdown link](javascript:ran(36)) and ![markdown image](javascript:ran(37))
            [data link](data:text/html;base64,PHNjcmlwdD5yYW4oMzgpPC9zY3JpcHQ+)

            ```html
            <script>ran(39)</script><img src=x onerror=ran(40)>
            ```

            `<img src=x onerror=ran(41)>` and <math><mi xlink:href="javascript:ran(42)">m</mi></math>
            """;

    @Override
    TestSite site(Path root, URI redis) throws Exception {
        TestSite site = new TestSite(root).cachedIn(redis);
        site.write("posts/hostile.md", FRONT_MATTER + BODY);
        // Images that exist: a content image that fails to load is a console error of its own.
        site.write("media/dot.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"8\" height=\"8\"><rect width=\"8\" height=\"8\"/></svg>\n");
        site.write("posts/neighbour.md", TestSite.post("an ordinary neighbour", "2029-12-31", "tags: [\"javascript:ran(7)\"]\n",
                "Plain words."));
        return site.start();
    }

    @BeforeEach
    void hookDialogsAndScripts() {
        browser.cdp("Page.addScriptToEvaluateOnNewDocument", Map.of("source", HOOK));
    }

    @Test
    void a_hostile_post_opens_with_no_dialog_no_console_error_and_none_of_its_script_run() throws Exception {
        browser.open(base + "/posts/hostile");
        assertThat(browser.h1()).startsWith("<script>ran(1)</script>");
        assertNothingRan("/posts/hostile");
        for (WebElement element : browser.driver().findElements(By.cssSelector("a[href], img[src], iframe, object, embed, form"))) {
            String url = element.getAttribute(element.getTagName().equals("img") ? "src" : "href");
            assertThat(url == null ? "" : url.toLowerCase()).as(element.getTagName() + " on the hostile post")
                    .doesNotStartWith("javascript:").doesNotStartWith("data:");
        }
        assertThat(browser.driver().findElements(By.cssSelector("main script, main iframe, main object, main svg, main style, main form")))
                .as("active elements from content").isEmpty();
        assertThat((Long) browser.script("return document.querySelectorAll('main *').length - "
                + "Array.from(document.querySelectorAll('main *')).filter(function (e) {"
                + " return !Array.from(e.attributes).some(function (a) { return /^on/i.test(a.name); }); }).length"))
                .as("elements with on* attributes").isZero();

        for (WebElement element : browser.driver().findElements(By.cssSelector("main a, main .post-body *"))) {
            if (element.isDisplayed()) {
                browser.driver().executeScript("arguments[0].dispatchEvent(new MouseEvent('mouseover', {bubbles: true}))", element);
            }
        }
        assertNothingRan("/posts/hostile after hovering everything");
    }

    @Test
    void a_post_whose_image_url_is_javascript_is_refused_naming_its_line_and_never_served() throws Exception {
        site.write("posts/refused.md", "---\ntitle: \"refused\"\ndate: 2030-01-02\nimages:\n  - {url: \"javascript:ran(50)\"}\n---\nBody.\n");
        site.app().sync();
        assertThat(site.get("/healthz").body()).contains("posts/refused.md:5: invalid image url 'javascript:ran(50)'");
        browser.open(base + "/posts/refused");
        assertThat(browser.h1()).isEqualTo("Page not found");
        assertThat(browser.consoleErrors()).singleElement().asString().contains("/posts/refused", "404");
        browser.open(base + "/");
        assertNothingRan("/ beside a refused post");
    }

    @Test
    void pages_that_show_the_hostile_post_run_none_of_its_script_either() throws Exception {
        for (String page : List.of("/", "/posts/neighbour", "/tags/javascript-ran-7", "/search?q=ordinary+heading",
                "/search?q=script")) {
            browser.open(base + page);
            assertThat(browser.driver().getPageSource()).as(page).contains("ran(");
            assertNothingRan(page);
        }
    }

    private void assertNothingRan(String where) {
        try {
            String text = browser.driver().switchTo().alert().getText();
            throw new AssertionError("a dialog opened on " + where + ": " + text);
        } catch (NoAlertPresentException expected) {
            // no dialog: the page is readable
        }
        assertThat(browser.script("return window.__ran")).as("payloads run on " + where).isEqualTo(List.of());
        assertThat(browser.consoleErrors()).as("console errors on " + where).isEmpty();
    }
}
