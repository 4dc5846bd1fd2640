package dev.alphanode.generate;

/** One post file's text: front matter, a blank line, the Markdown body. */
final class PostFile {

    private PostFile() {
    }

    static String render(PostPlan plan, Words words) {
        var out = new StringBuilder(8 * 1024);
        FrontMatterWriter.write(plan, words, out);
        out.append('\n');
        BodyWriter.write(plan, words, out);
        return out.toString();
    }
}
