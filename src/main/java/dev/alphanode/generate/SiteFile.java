package dev.alphanode.generate;

import dev.alphanode.content.Slugs;
import dev.alphanode.route.Route;
import dev.alphanode.store.Taxonomy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
        var out = new StringBuilder()
                .append("title: \"alphanode\"\n")
                .append("description: \"Synthetic programming notes for demos and load tests.\"\n")
                .append("posts_per_page: 10\n")
                .append("similar_posts: 5\n")
                .append("nav:\n")
                .append("  - {title: \"Home\", url: \"/\"}\n");
        for (String stack : NAV_STACKS) {
            String title = Character.toUpperCase(stack.charAt(0)) + stack.substring(1);
            out.append("  - {title: ").append(Yaml.quote(title))
                    .append(", url: ").append(Yaml.quote(Route.term(Taxonomy.STACK, Slugs.slugify(stack)).path())).append("}\n");
        }
        return out.toString();
    }
}
