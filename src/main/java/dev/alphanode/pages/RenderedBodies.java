package dev.alphanode.pages;

import dev.alphanode.content.ImageSize;
import dev.alphanode.render.BodyImages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The last HTML each post's body rendered to, with everything that render read: its Markdown, its link base and
 * every answer the body's images got (a file's size, a caption). A body whose Markdown, base and answers are all
 * the same again renders to the same HTML (Flexmark and the sanitizer are pure), so it is reused; any difference
 * (an edit, a resized image, a new caption, a bundle moved) renders afresh. Nothing is trusted that was not
 * compared: no event or clock decides freshness. Least recently used bodies go first past {@code budgetChars}
 * (Markdown and HTML together).
 *
 * <p>Markdown to HTML was 40 % of an uncached post render ({@code docs/benchmarks.md}); with this, a body is
 * converted once per change instead of once per request, in both cache modes.
 */
final class RenderedBodies {
    /** Markdown and HTML chars kept; about 1,000 posts of the generated corpus's size. */
    static final long DEFAULT_BUDGET_CHARS = 16L << 20;

    private record Answer(boolean size, String src, Object value) {
    }

    private record Rendered(String markdown, String base, List<Answer> answers, String html) {
        long chars() {
            return (long) markdown.length() + html.length();
        }

        boolean readsTheSame(BodyImages images) {
            for (Answer answer : answers) {
                Object now = answer.size() ? images.size(answer.src()) : images.caption(answer.src());
                if (!now.equals(answer.value())) {
                    return false;
                }
            }
            return true;
        }
    }

    private final long budgetChars;
    private final LinkedHashMap<String, Rendered> bySlug = new LinkedHashMap<>(256, 0.75f, true);
    private long chars;

    RenderedBodies(long budgetChars) {
        this.budgetChars = budgetChars;
    }

    /** The HTML of {@code markdown} under {@code base} for the post {@code slug}: reused when nothing it read changed. */
    String html(String slug, String markdown, String base, BodyImages images, Function<BodyImages, String> render) {
        Rendered known;
        synchronized (this) {
            known = bySlug.get(slug);
        }
        if (known != null && known.markdown().equals(markdown) && known.base().equals(base) && known.readsTheSame(images)) {
            return known.html();
        }
        Recording recording = new Recording(images);
        String html = render.apply(recording);
        remember(slug, new Rendered(markdown, base, List.copyOf(recording.answers), html));
        return html;
    }

    private synchronized void remember(String slug, Rendered rendered) {
        if (rendered.chars() > budgetChars) {
            return;
        }
        Rendered old = bySlug.put(slug, rendered);
        chars += rendered.chars() - (old == null ? 0 : old.chars());
        var eldest = bySlug.entrySet().iterator();
        while (chars > budgetChars && eldest.hasNext()) {
            Map.Entry<String, Rendered> entry = eldest.next();
            chars -= entry.getValue().chars();
            eldest.remove();
        }
    }

    /** How many bodies are kept (for tests). */
    synchronized int size() {
        return bySlug.size();
    }

    /** Answers one render's questions from {@code images} and writes each question and answer down (one thread). */
    private static final class Recording implements BodyImages {
        private final BodyImages images;
        private final List<Answer> answers = new ArrayList<>();

        Recording(BodyImages images) {
            this.images = images;
        }

        @Override
        public Optional<ImageSize> size(String src) {
            Optional<ImageSize> size = images.size(src);
            answers.add(new Answer(true, Objects.requireNonNull(src), size));
            return size;
        }

        @Override
        public Optional<String> caption(String src) {
            Optional<String> caption = images.caption(src);
            answers.add(new Answer(false, Objects.requireNonNull(src), caption));
            return caption;
        }
    }
}
