package dev.alphanode.render;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.html.MutableAttributes;

/**
 * A body image's {@code width} and {@code height} (from the file, when it is local), {@code loading="lazy"} for
 * every image but the first (the hero, usually in view), {@code decoding="async"}, and when its Markdown alt is
 * empty the title or the caption front matter gives it. One provider per rendered document, so "first" is per page.
 */
final class ImageAttributes implements AttributeProvider {
    static final DataKey<BodyImages> IMAGES = new DataKey<>("ANP_BODY_IMAGES", BodyImages.NONE);

    private final BodyImages images;
    private boolean first = true;
    private Node last;

    private ImageAttributes(BodyImages images) {
        this.images = images;
    }

    static final class Factory extends IndependentAttributeProviderFactory {
        @Override
        public AttributeProvider apply(LinkResolverContext context) {
            return new ImageAttributes(IMAGES.get(context.getDocument()));
        }
    }

    @Override
    public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
        if (!(node instanceof Image || node instanceof ImageRef) || !attributes.contains("src") || node == last) {
            return;
        }
        last = node;
        String src = attributes.getValue("src");
        images.size(src).ifPresent(size -> {
            attributes.replaceValue("width", Integer.toString(size.width()));
            attributes.replaceValue("height", Integer.toString(size.height()));
        });
        if (attributes.getValue("alt").isBlank()) {
            String title = attributes.getValue("title");
            String alt = title.isBlank() ? images.caption(src).orElse("") : title;
            attributes.replaceValue("alt", alt.strip());
        }
        if (!first) {
            attributes.replaceValue("loading", "lazy");
        }
        attributes.replaceValue("decoding", "async");
        first = false;
    }
}
