package dev.alphanode.render;

import dev.alphanode.assets.StaticAssets;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * The one Thymeleaf engine. Templates come from the jar ({@code templates/}) or, for theme
 * work, from a folder on disk; either way a page is its named fragments rendered alone.
 */
public final class Templates {
    /** Every template the site renders; their bytes make up the release fingerprint. */
    public static final List<String> NAMES = List.of("layout", "post", "list", "search", "error", "admin");

    private final TemplateEngine engine = new TemplateEngine();
    private final Optional<Path> templatesDir;
    private final StaticAssets assets;

    /** Templates linking to the static files packaged in the jar. */
    public Templates(Optional<Path> templatesDir) {
        this(templatesDir, StaticAssets.fromJar());
    }

    /** {@code @{/static/…}} links in the templates name {@code assets}' fingerprinted URLs ({@link AssetLinks}). */
    public Templates(Optional<Path> templatesDir, StaticAssets assets) {
        this.templatesDir = templatesDir;
        this.assets = assets;
        RecordProperties.install();
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
        StandardDialect dialect = new StandardDialect();
        dialect.setVariableExpressionEvaluator(new RecordExpressions());
        engine.setDialect(dialect);
        engine.setLinkBuilder(new AssetLinks(assets));
    }

    /**
     * SHA-256 over every template's bytes and the static files' fingerprint: changes whenever any template
     * does, or any file whose hashed URL the templates write ({@link StaticAssets#fingerprint}).
     */
    public String fingerprint() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String name : NAMES) {
                digest.update(name.getBytes(StandardCharsets.UTF_8));
                digest.update(source(name));
            }
            digest.update(assets.fingerprint().getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    private byte[] source(String name) {
        String file = name + ".html";
        try {
            if (templatesDir.isPresent()) {
                return Files.readAllBytes(templatesDir.get().resolve(file));
            }
            try (InputStream in = Templates.class.getClassLoader().getResourceAsStream("templates/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("template templates/" + file + " is missing from the jar");
                }
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading template " + file + " failed", e);
        }
    }

    /** One named fragment of a template, rendered alone. */
    public String fragment(String template, String name, Map<String, Object> variables) {
        return engine.process(template, Set.of(name), context(variables));
    }

    /** A whole template, outside its fragment definitions (the page skeleton). */
    String whole(String template, Map<String, Object> variables) {
        return engine.process(template, context(variables));
    }

    private static Context context(Map<String, Object> variables) {
        Context context = new Context(java.util.Locale.ENGLISH);
        context.setVariables(variables);
        return context;
    }
}
