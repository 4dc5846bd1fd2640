package dev.alphanode.render;

import dev.alphanode.assets.StaticAssets;
import java.util.Map;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;

/**
 * Thymeleaf's {@code @{/static/css/site.css}} written as the file's fingerprinted URL
 * ({@code /static/css/site.3f2a9c1e07.css}); every other {@code @{…}} link as Thymeleaf builds it. The
 * engine renders outside a servlet, so a site-relative link has no context path to prepend.
 */
final class AssetLinks extends StandardLinkBuilder {
    private final StaticAssets assets;

    AssetLinks(StaticAssets assets) {
        this.assets = assets;
    }

    @Override
    protected String computeContextPath(IExpressionContext context, String base, Map<String, Object> parameters) {
        return "";
    }

    @Override
    protected String processLink(IExpressionContext context, String link) {
        return assets.link(link);
    }
}
