package dev.alphanode.generate;

import java.util.List;

/** Writes the front matter block in the seeds' field order; every post gets every field. */
final class FrontMatterWriter {

    private FrontMatterWriter() {
    }

    static void write(PostPlan plan, Words words, StringBuilder out) {
        out.append("---\n").append(frontMatter(plan, words).dump()).append("---\n");
    }

    private static YamlMap frontMatter(PostPlan plan, Words words) {
        String topic = plan.topic().name();
        TechStack stack = plan.stack();
        return new YamlMap()
                .quoted("title", plan.title())
                .plain("date", plan.date())
                .plain("slug", plan.slug())
                .plain("draft", plan.draft())
                .quoted("topic", topic)
                .quoted("summary", plan.subject().fill(words.summary()))
                .map("outline", new YamlMap()
                        .quoted("context", plan.scenario())
                        .quoted("problem", topic)
                        .quoted("stack", stack.name())
                        .quoted("recommended_action", plan.recommendedAction()))
                .quoted("brief", words.brief())
                .list("stack", List.of(stack.name(), stack.area(), stack.codeLanguage()))
                .list("tools", stack.tools())
                .list("tags", plan.tags())
                .quoted("code_language", stack.codeLanguage())
                .plain("difficulty", plan.difficulty())
                .plain("reading_time", plan.readingTime())
                .plain("view_count", plan.viewCount())
                .map("score", scores(plan.scores()))
                .map("revision", revision(plan.revision()))
                .quoted("reference", plan.reference())
                .quoted("hash", plan.hash())
                .map("flags", flags(plan))
                .list("checklist", plan.checklist())
                .rows("entities", entities(plan))
                .rows("images", plan.images().stream().map(FrontMatterWriter::image).toList())
                .map("payload", payload(plan, words))
                .list("notes", words.notes());
    }

    private static YamlMap scores(Scores scores) {
        return new YamlMap()
                .plain("quality", scores.quality())
                .plain("freshness", scores.freshness())
                .plain("depth", scores.depth())
                .plain("clarity", scores.clarity());
    }

    private static YamlMap revision(Revision revision) {
        return new YamlMap()
                .quoted("status", revision.status())
                .quoted("version", revision.version())
                .plain("last_reviewed", revision.lastReviewed());
    }

    private static YamlMap flags(PostPlan plan) {
        int images = plan.images().size();
        return new YamlMap()
                .plain("ai_generated_style", 1)
                .plain("has_images", images > 0 ? 1 : 0)
                .plain("image_heavy", images >= 3 ? 1 : 0)
                .plain("needs_human_review", plan.needsReview() ? 1 : 0);
    }

    private static List<YamlMap> entities(PostPlan plan) {
        return List.of(entity(plan.stack().name(), "stack"), entity(plan.stack().area(), "area"),
                entity(plan.topic().name(), "problem"));
    }

    private static YamlMap entity(String name, String type) {
        return new YamlMap().quoted("name", name).plain("type", type);
    }

    private static YamlMap image(ImageRef image) {
        return new YamlMap().quoted("source", image.source()).quoted("url", image.url()).quoted("caption", image.caption());
    }

    private static YamlMap payload(PostPlan plan, Words words) {
        return new YamlMap()
                .quoted("source_id", "alphanode-" + Digits.pad(plan.number(), 6))
                .quoted("generator", words.generatorName())
                .plain("paragraphs", plan.paragraphs())
                .quoted("scenario", plan.scenario())
                .plain("seed", plan.number());
    }
}
