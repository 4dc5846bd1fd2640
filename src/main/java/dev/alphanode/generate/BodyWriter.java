package dev.alphanode.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a post's Markdown body in the seeds' shape: intro, images, prose sections with code,
 * the checklist, more images, final notes. Counts {@code plan.paragraphs()} the way the seeds'
 * payload does: section paragraphs plus the final note, not the intro.
 */
final class BodyWriter {

    private static final double TABLE_SHARE = 0.3;

    private BodyWriter() {
    }

    static void write(PostPlan plan, Words words, StringBuilder out) {
        var random = new SplittableRandom(plan.bodySeed());
        var subject = plan.subject();
        var prose = words.prose();
        subject.fill(Picks.one(random, prose.intros()), out);
        out.append("\n\n");
        int firstImages = (plan.images().size() + 1) / 2;
        images(plan.images().subList(0, firstImages), out);
        sections(random, plan, words, out);
        out.append("## implementation checklist\n\n");
        for (String item : plan.checklist()) {
            out.append("- ").append(item).append('\n');
        }
        out.append('\n');
        images(plan.images().subList(firstImages, plan.images().size()), out);
        out.append("## final notes\n\n");
        subject.fill(prose.finalNote(), out);
        out.append('\n');
    }

    private static void sections(SplittableRandom random, PostPlan plan, Words words, StringBuilder out) {
        var chosen = Picks.subset(random, words.prose().paragraphs(), plan.paragraphs() - 2);
        var order = random.nextBoolean()
                ? List.of(Section.WHY, Section.PRACTICAL, Section.SECURITY)
                : List.of(Section.PRACTICAL, Section.WHY, Section.SECURITY);
        var snippets = Picks.subset(random, plan.stack().snippets(), Picks.between(random, 1, 3));
        boolean table = Picks.chance(random, TABLE_SHARE);
        boolean hasWhy = chosen.stream().anyMatch(p -> p.section() == Section.WHY);
        Section tableSection = hasWhy ? Section.WHY : Section.PRACTICAL;
        String focus = focus(random, plan, words.noise());
        for (Section section : order) {
            var texts = shuffled(random, textsOf(chosen, section));
            if (section == Section.PRACTICAL) {
                texts.add(0, focus);
            }
            if (texts.isEmpty()) {
                continue;
            }
            out.append("## ").append(section.heading()).append("\n\n");
            for (String text : texts) {
                paragraph(random, plan.subject(), words.prose(), text, out);
            }
            if (table && section == tableSection) {
                table(random, out);
            }
            if (section == Section.PRACTICAL) {
                snippets.forEach(snippet -> code(snippet, out));
            }
        }
    }

    private static List<String> textsOf(List<Prose.Paragraph> chosen, Section section) {
        var texts = new ArrayList<String>();
        for (Prose.Paragraph paragraph : chosen) {
            if (paragraph.section() == section) {
                texts.add(paragraph.text());
            }
        }
        return texts;
    }

    private static List<String> shuffled(SplittableRandom random, List<String> items) {
        for (int i = items.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            items.set(j, items.set(i, items.get(j)));
        }
        return items;
    }

    /** A suffix is one more sentence, so it follows the paragraph after a space. */
    private static void paragraph(SplittableRandom random, Subject subject, Prose prose, String text, StringBuilder out) {
        subject.fill(text, out);
        int roll = random.nextInt(100);
        if (roll < 30) {
            subject.fill(" " + prose.stackSuffix(), out);
        } else if (roll < 42) {
            out.append(' ').append(prose.houseSuffix());
        }
        out.append("\n\n");
    }

    /** The (topic, stack) vocabulary that lets text similarity find clusters, plus noise words. */
    private static String focus(SplittableRandom random, PostPlan plan, List<String> noiseWords) {
        var t = Picks.subset(random, plan.topic().vocabulary(), 4);
        var s = Picks.subset(random, plan.stack().vocabulary(), 3);
        var noise = Picks.subset(random, noiseWords, 3);
        String stack = plan.stack().name();
        return "in " + stack + " projects, " + plan.topic().name() + " usually comes down to "
                + t.get(0) + ", " + t.get(1) + " and " + t.get(2) + ". on the " + stack + " side, watch "
                + s.get(0) + " and " + s.get(1) + " closely, and keep notes on " + s.get(2)
                + " next to the decisions about " + t.get(3) + ". side notes from the review mention "
                + noise.get(0) + ", " + noise.get(1) + " and " + noise.get(2) + ".";
    }

    /** One of the pool's measurements, as a table and the bar chart of the same numbers. */
    private static void table(SplittableRandom random, StringBuilder out) {
        int chart = random.nextInt(MediaFiles.CHARTS.size());
        out.append(MediaFiles.CHART_METRICS.get(chart).table()).append('\n')
                .append("![").append(MediaFiles.chartCaption(chart)).append("](/media/")
                .append(MediaFiles.CHARTS.get(chart)).append(")\n\n");
    }

    private static void code(Snippet snippet, StringBuilder out) {
        out.append("```").append(snippet.language()).append('\n')
                .append(snippet.code()).append("\n```\n\n");
    }

    private static void images(List<ImageRef> images, StringBuilder out) {
        for (ImageRef image : images) {
            out.append("![").append(image.caption()).append("](/media/").append(image.mediaFile()).append(")\n\n")
                    .append('*').append(image.caption()).append(". image source: ").append(image.source())
                    .append("*\n\n");
        }
    }
}
