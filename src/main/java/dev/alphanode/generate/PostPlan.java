package dev.alphanode.generate;

import java.time.LocalDate;
import java.util.List;

/** Every decision about one post; writing it out involves no further front-matter choices. */
record PostPlan(int number, Topic topic, TechStack stack, String scenario, String title, String slug,
                LocalDate date, boolean draft, String difficulty, int readingTime, int viewCount,
                Scores scores, Revision revision, String reference, String hash, List<String> tags,
                List<String> checklist, String recommendedAction, List<ImageRef> images,
                boolean needsReview, int paragraphs, long bodySeed) {

    PostPlan {
        tags = List.copyOf(tags);
        checklist = List.copyOf(checklist);
        images = List.copyOf(images);
    }

    Subject subject() {
        return new Subject(topic.name(), stack.name(), scenario);
    }

    String relativePath() {
        return "posts/" + stack.slug() + "/" + slug + ".md";
    }
}
