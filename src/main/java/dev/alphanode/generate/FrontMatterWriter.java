package dev.alphanode.generate;

import java.util.List;

/** Writes the front matter block in the seeds' field order; every post gets every field. */
final class FrontMatterWriter {

    private FrontMatterWriter() {
    }

    static void write(PostPlan plan, Words words, StringBuilder out) {
        String topic = plan.topic().name();
        String stack = plan.stack().name();
        out.append("---\n");
        scalar(out, "title", Yaml.quote(plan.title()));
        scalar(out, "date", plan.date().toString());
        scalar(out, "slug", plan.slug());
        scalar(out, "draft", Boolean.toString(plan.draft()));
        scalar(out, "topic", Yaml.quote(topic));
        scalar(out, "summary", Yaml.quote(plan.subject().fill(words.summary())));
        out.append("outline:\n");
        nested(out, "context", Yaml.quote(plan.scenario()));
        nested(out, "problem", Yaml.quote(topic));
        nested(out, "stack", Yaml.quote(stack));
        nested(out, "recommended_action", Yaml.quote(plan.recommendedAction()));
        scalar(out, "brief", Yaml.quote(words.brief()));
        scalar(out, "stack", Yaml.list(List.of(stack, plan.stack().area(), plan.stack().codeLanguage())));
        scalar(out, "tools", Yaml.list(plan.stack().tools()));
        scalar(out, "tags", Yaml.list(plan.tags()));
        scalar(out, "code_language", Yaml.quote(plan.stack().codeLanguage()));
        scalar(out, "difficulty", plan.difficulty());
        scalar(out, "reading_time", Integer.toString(plan.readingTime()));
        scalar(out, "view_count", Integer.toString(plan.viewCount()));
        scores(plan.scores(), out);
        revision(plan.revision(), out);
        scalar(out, "reference", Yaml.quote(plan.reference()));
        scalar(out, "hash", Yaml.quote(plan.hash()));
        flags(plan, out);
        scalar(out, "checklist", Yaml.list(plan.checklist()));
        entities(plan, out);
        images(plan.images(), out);
        payload(plan, words, out);
        scalar(out, "notes", Yaml.list(words.notes()));
        out.append("---\n");
    }

    private static void scores(Scores scores, StringBuilder out) {
        out.append("score:\n");
        nested(out, "quality", Integer.toString(scores.quality()));
        nested(out, "freshness", Integer.toString(scores.freshness()));
        nested(out, "depth", Integer.toString(scores.depth()));
        nested(out, "clarity", Integer.toString(scores.clarity()));
    }

    private static void revision(Revision revision, StringBuilder out) {
        out.append("revision:\n");
        nested(out, "status", Yaml.quote(revision.status()));
        nested(out, "version", Yaml.quote(revision.version()));
        nested(out, "last_reviewed", revision.lastReviewed().toString());
    }

    private static void flags(PostPlan plan, StringBuilder out) {
        int images = plan.images().size();
        out.append("flags:\n");
        nested(out, "ai_generated_style", "1");
        nested(out, "has_images", images > 0 ? "1" : "0");
        nested(out, "image_heavy", images >= 3 ? "1" : "0");
        nested(out, "needs_human_review", plan.needsReview() ? "1" : "0");
    }

    private static void entities(PostPlan plan, StringBuilder out) {
        out.append("entities:\n");
        entity(out, plan.stack().name(), "stack");
        entity(out, plan.stack().area(), "area");
        entity(out, plan.topic().name(), "problem");
    }

    private static void entity(StringBuilder out, String name, String type) {
        out.append("  - {name: ").append(Yaml.quote(name)).append(", type: ").append(type).append("}\n");
    }

    private static void images(List<ImageRef> images, StringBuilder out) {
        if (images.isEmpty()) {
            out.append("images: []\n");
            return;
        }
        out.append("images:\n");
        for (ImageRef image : images) {
            out.append("  - {source: ").append(Yaml.quote(image.source()))
                    .append(", url: ").append(Yaml.quote(image.url()))
                    .append(", caption: ").append(Yaml.quote(image.caption())).append("}\n");
        }
    }

    private static void payload(PostPlan plan, Words words, StringBuilder out) {
        out.append("payload:\n");
        nested(out, "source_id", Yaml.quote("alphanode-" + Digits.pad(plan.number(), 6)));
        nested(out, "generator", Yaml.quote(words.generatorName()));
        nested(out, "paragraphs", Integer.toString(plan.paragraphs()));
        nested(out, "scenario", Yaml.quote(plan.scenario()));
        nested(out, "seed", Integer.toString(plan.number()));
    }

    private static void scalar(StringBuilder out, String key, String value) {
        out.append(key).append(": ").append(value).append('\n');
    }

    private static void nested(StringBuilder out, String key, String value) {
        out.append("  ").append(key).append(": ").append(value).append('\n');
    }
}
