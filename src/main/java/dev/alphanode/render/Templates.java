package dev.alphanode.render;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * The one Thymeleaf engine. Templates come from the jar ({@code templates/}) or, for theme
 * work, from a folder on disk; either way a page is its named fragments rendered alone.
 */
public final class Templates {
    private final TemplateEngine engine = new TemplateEngine();

    public Templates(Optional<Path> templatesDir) {
        AbstractConfigurableTemplateResolver resolver = templatesDir
                .<AbstractConfigurableTemplateResolver>map(dir -> {
                    FileTemplateResolver files = new FileTemplateResolver();
                    files.setPrefix(dir.toAbsolutePath() + "/");
                    files.setCacheable(false);
                    return files;
                })
                .orElseGet(() -> {
                    ClassLoaderTemplateResolver jar = new ClassLoaderTemplateResolver(Templates.class.getClassLoader());
                    jar.setPrefix("templates/");
                    jar.setCacheable(true);
                    return jar;
                });
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        engine.setTemplateResolver(resolver);
    }

    /** One named fragment of a template, rendered alone. */
    public String fragment(String template, String name, Map<String, Object> variables) {
        return engine.process(template, Set.of(name), context(variables));
    }

    /** A whole template (a layout), fragments included. */
    public String page(String template, Map<String, Object> variables) {
        return engine.process(template, context(variables));
    }

    private static Context context(Map<String, Object> variables) {
        Context context = new Context(java.util.Locale.ENGLISH);
        context.setVariables(variables);
        return context;
    }
}
