package dev.alphanode.browser;

import dev.alphanode.RedisExtension;
import dev.alphanode.TestSite;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every browser test stands on: a real site cached in a Redis of the class's own, and a fresh
 * headless Chromium (its own profile) pointed at it; both stopped after each test. Skipped, saying
 * why, where no browser exists.
 */
@ExtendWith(Browser.Required.class)
abstract class BrowserTest {
    @RegisterExtension
    static final RedisExtension redis = new RedisExtension();
    @TempDir
    Path root;
    @TempDir
    Path profile;
    TestSite site;
    Browser browser;
    /** The site's address, {@code http://localhost:PORT}. */
    String base;

    /** The started site under test: the shared reading site unless a test needs content of its own. */
    TestSite site(Path root, URI redis) throws Exception {
        return ReadingSite.start(root, redis);
    }

    @BeforeEach
    void launch() throws Exception {
        site = site(root, redis.uri());
        base = ReadingSite.base(site);
        browser = Browser.launch(profile);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
        site.close();
    }
}
