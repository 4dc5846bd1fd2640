package dev.alphanode.generate;

import dev.alphanode.content.Slugs;
import dev.alphanode.route.Route;
import dev.alphanode.store.Taxonomy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A starter {@code site.yml}; an existing one is the editor's and is never overwritten. */
final class SiteFile {

    static final String NAME = "site.yml";

    private static final List<String> NAV_STACKS = List.of("redis caching", "postgres indexing", "java services");

    private SiteFile() {
    }

    /** Returns true when the file was written, false when one already existed. */
    static boolean writeIfAbsent(Path outDir) throws IOException {
        Path file = outDir.resolve(NAME);
        if (Files.exists(file)) {
            return false;
        }
        Files.write(file, text().getBytes(StandardCharsets.UTF_8));
        return true;
    }

    static String text() {
        var nav = new ArrayList<YamlMap>();
        nav.add(new YamlMap().quoted("title", "Home").quoted("url", "/"));
        for (String stack : NAV_STACKS) {
            String title = Character.toUpperCase(stack.charAt(0)) + stack.substring(1);
            nav.add(new YamlMap().quoted("title", title)
                    .quoted("url", Route.term(Taxonomy.STACK, Slugs.slugify(stack)).path()));
        }
        return new YamlMap()
                .quoted("title", "alphanode")
                .quoted("description", "Synthetic programming notes for demos and load tests.")
                .plain("posts_per_page", 10)
                .plain("similar_posts", 5)
                .rows("nav", nav)
                .dump();
    }
}
