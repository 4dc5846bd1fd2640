package dev.alphanode.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alphanode.Await;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Fenced code in the browser: highlighted by its language in both themes, copyable, readable without JavaScript. */
class CodeBlocksTest extends BrowserTest {
    String post;

    @BeforeEach
    void openTheCodeSample() {
        post = base + "/posts/code-sample";
    }

    @Test
    void fenced_code_is_highlighted_by_its_language_in_light_and_dark_themes() throws Exception {
        browser.open(post);
        WebElement java = awaitHighlighted("code.language-java");
        String lightString = color(java.findElement(By.cssSelector(".hljs-string")));
        assertThat(lightString).as("a string token stands out from plain code").isNotEqualTo(color(java));
        assertThat(browser.driver().findElements(By.cssSelector("code.language-bash .hljs-built_in, code.language-bash .hljs-string")))
                .as("bash is highlighted too").isNotEmpty();
        String lightBackground = background("pre");

        browser.colorScheme("dark");
        assertThat(background("pre")).as("the dark theme's code background").isNotEqualTo(lightBackground);
        assertThat(color(java.findElement(By.cssSelector(".hljs-string")))).as("string tokens in the dark theme")
                .isNotEqualTo(lightString).isNotEqualTo(color(java));
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void the_copy_button_puts_the_code_on_the_clipboard() throws Exception {
        browser.grantClipboard(ReadingSite.base(site));
        browser.open(post);
        WebElement block = awaitHighlighted("code.language-java").findElement(By.xpath("ancestor::div[@class='code-block']"));
        WebElement copy = block.findElement(By.cssSelector("button.copy-code"));
        assertThat(copy.getText()).isEqualTo("Copy");
        copy.click();
        Await.until(Duration.ofSeconds(5), "the button to say Copied", () -> copy.getText().equals("Copied"));
        Object clipboard = browser.asyncScript("var done = arguments[arguments.length - 1];"
                + "navigator.clipboard.readText().then(done, function (e) { done('read failed: ' + e); });");
        assertThat(clipboard).isEqualTo(ReadingSite.CODE + "\n");
    }

    @Test
    void without_javascript_code_is_plain_readable_text_and_there_is_no_copy_button() throws Exception {
        browser.javascript(false);
        browser.open(post);
        assertThat(browser.driver().findElements(By.cssSelector("button.copy-code"))).isEmpty();
        assertThat(browser.driver().findElements(By.cssSelector(".hljs"))).isEmpty();
        WebElement code = browser.driver().findElement(By.cssSelector("code.language-java"));
        assertThat(code.getText()).startsWith("var cache = RedisCache.connect(");
        assertThat(color(code)).as("plain code has the text colour").isEqualTo(color(browser.driver().findElement(By.tagName("body"))));
    }

    @Test
    void a_long_line_scrolls_inside_its_block_and_never_the_page_at_360_pixels() throws Exception {
        browser.viewport(360, 740);
        browser.open(post);
        awaitHighlighted("code.language-java");
        assertThat(browser.script("return document.scrollingElement.scrollWidth")).as("page width").isEqualTo(360L);
        WebElement pre = browser.driver().findElement(By.cssSelector("code.language-java")).findElement(By.xpath(".."));
        long scrollWidth = (Long) browser.script("return arguments[0].scrollWidth", pre);
        long clientWidth = (Long) browser.script("return arguments[0].clientWidth", pre);
        assertThat(scrollWidth).as("the block scrolls sideways").isGreaterThan(clientWidth);
        assertThat(browser.script("return getComputedStyle(arguments[0]).overflowX", pre)).isEqualTo("auto");
    }

    private WebElement awaitHighlighted(String css) throws Exception {
        Await.until(Duration.ofSeconds(10), css + " highlighted", () ->
                !browser.driver().findElements(By.cssSelector(css + ".hljs")).isEmpty());
        return browser.driver().findElement(By.cssSelector(css));
    }

    private String color(WebElement element) {
        return element.getCssValue("color");
    }

    private String background(String css) {
        return browser.driver().findElement(By.cssSelector(css)).getCssValue("background-color");
    }
}
