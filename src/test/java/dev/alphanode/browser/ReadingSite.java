package dev.alphanode.browser;

import dev.alphanode.TestSite;
import dev.alphanode.generate.Generator;
import java.net.URI;
import java.nio.file.Path;

/**
 * The site the browser tests read: a real site on a random port, cached in Redis, over 30
 * generated posts (topics, tags, similar lists, code, diagrams) plus posts written for one purpose:
 * a code sample with a long line and three headings.
 */
final class ReadingSite {
    static final String CODE = "var cache = RedisCache.connect(\"redis://localhost:6379\");\n"
            + "String value = cache.get(\"settings:\" + tenant) + \" // a line long enough to scroll inside its block,"
            + " never the page: " + "0123456789".repeat(12) + "\";";
    static final String CODE_POST = "---\ntitle: \"highlighted code sample\"\ndate: 2020-01-02\nslug: code-sample\n"
            + "topic: \"code reading\"\ntags: [java, \"copy & paste\"]\n---\n"
            + "## why this matters\n\nCode reads better highlighted.\n\n"
            + "```java\n" + CODE + "\n```\n\n"
            + "## plain text\n\n```\nno language: stays plain\n```\n\n"
            + "### shell\n\n```bash\necho \"hello\" | tr a-z A-Z\n```\n";

    private ReadingSite() {
    }

    static TestSite start(Path root, URI redis) throws Exception {
        TestSite site = new TestSite(root).cachedIn(redis);
        new Generator(42).generate(30, site.contentDir);
        site.write("posts/code-sample.md", CODE_POST);
        return site.start();
    }

    static String base(TestSite site) {
        return "http://localhost:" + site.app().port();
    }
}
