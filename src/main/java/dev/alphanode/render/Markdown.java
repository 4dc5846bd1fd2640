package dev.alphanode.render;

import com.vladsch.flexmark.ext.anchorlink.AnchorLinkExtension;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Markdown → safe HTML. One Flexmark parser and renderer (both thread-safe) for the whole site;
 * whatever HTML the Markdown carries is then filtered by an OWASP allow-list policy.
 */
public final class Markdown {
    private static final Pattern LANGUAGE_CLASS = Pattern.compile("language-[A-Za-z0-9_+#.-]{1,40}");
    private static final Pattern HTML_ID = Pattern.compile("[A-Za-z0-9_-]{1,200}");
    private static final Pattern ALIGN = Pattern.compile("left|center|right");

    private static final DataKey<String> RELATIVE_BASE = new DataKey<>("ANP_RELATIVE_BASE", "");
    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:");

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final PolicyFactory policy;

    public Markdown() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
                AutolinkExtension.create(), AnchorLinkExtension.create()));
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.FENCED_CODE_LANGUAGE_CLASS_PREFIX, "language-");
        options.set(AnchorLinkExtension.ANCHORLINKS_WRAP_TEXT, true);
        options.set(AnchorLinkExtension.ANCHORLINKS_SET_ID, false);
        options.set(AnchorLinkExtension.ANCHORLINKS_SET_NAME, false);
        options.set(AnchorLinkExtension.ANCHORLINKS_ANCHOR_CLASS, "anchor");
        options.set(TablesExtension.CLASS_NAME, "table");
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).linkResolverFactory(new RelativeUrls())
                .attributeProviderFactory(new ImageAttributes.Factory()).build();
        this.policy = policy();
    }

    public String toHtml(String markdown) {
        return policy.sanitize(renderer.render(parser.parse(markdown)));
    }

    /**
     * Like {@link #toHtml(String)}, with relative link and image URLs ({@code diagram.png}, no scheme, not
     * starting with '/', '#' or '?') under {@code base}, e.g. {@code /posts/my-post/}: a page bundle's files.
     */
    public String toHtml(String markdown, String base) {
        return toHtml(markdown, base, BodyImages.NONE);
    }

    /**
     * Like {@link #toHtml(String, String)} ({@code base} empty: no rewriting), with each image's size, lazy loading
     * and missing alt text from {@code images} ({@link ImageAttributes}).
     */
    public String toHtml(String markdown, String base, BodyImages images) {
        Document document = parser.parse(markdown);
        document.set(RELATIVE_BASE, base);
        document.set(ImageAttributes.IMAGES, images);
        return policy.sanitize(renderer.render(document));
    }

    /** Rewrites relative URLs when the document names a base (only bundle posts do). */
    private static final class RelativeUrls extends IndependentLinkResolverFactory implements LinkResolver {
        @Override
        public LinkResolver apply(LinkResolverBasicContext context) {
            return this;
        }

        @Override
        public ResolvedLink resolveLink(Node node, LinkResolverBasicContext context, ResolvedLink link) {
            String base = RELATIVE_BASE.get(context.getDocument());
            String url = link.getUrl();
            if (base.isEmpty() || url.isEmpty() || "/#?\\".indexOf(url.charAt(0)) >= 0 || SCHEME.matcher(url).lookingAt()) {
                return link;
            }
            return link.withUrl(base + url);
        }
    }

    private static PolicyFactory policy() {
        return new HtmlPolicyBuilder()
                .allowElements("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "code",
                        "em", "strong", "del", "s", "ul", "ol", "li", "a", "img", "table", "thead", "tbody",
                        "tr", "th", "td", "sup", "sub", "dl", "dt", "dd", "kbd", "figure", "figcaption")
                .allowUrlProtocols("http", "https", "mailto")
                .allowAttributes("href", "title").onElements("a")
                .allowAttributes("class").matching(Pattern.compile("anchor")).onElements("a")
                .allowAttributes("src", "alt", "title").onElements("img")
                .allowAttributes("width", "height").matching(Pattern.compile("[1-9][0-9]{0,4}")).onElements("img")
                .allowAttributes("loading").matching(Pattern.compile("lazy|eager")).onElements("img")
                .allowAttributes("decoding").matching(Pattern.compile("async")).onElements("img")
                .allowAttributes("id").matching(HTML_ID).onElements("h1", "h2", "h3", "h4", "h5", "h6")
                .allowAttributes("class").matching(LANGUAGE_CLASS).onElements("code")
                .allowAttributes("class").matching(Pattern.compile("table")).onElements("table")
                .allowAttributes("align").matching(ALIGN).onElements("th", "td")
                .allowAttributes("start").matching(Pattern.compile("[0-9]{1,6}")).onElements("ol")
                .requireRelsOnLinks("noopener")
                .toFactory();
    }
}
