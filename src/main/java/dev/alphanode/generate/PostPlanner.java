package dev.alphanode.generate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Plans post {@code index} from its own random stream, seeded from the generator seed and the
 * index alone, so a post does not change when more or fewer posts are generated.
 */
final class PostPlanner {

    static final LocalDate FIRST_DATE = LocalDate.of(2016, 1, 1);
    static final LocalDate LAST_DATE = LocalDate.of(2026, 10, 31);
    private static final double DRAFT_SHARE = 0.03;

    private final long seed;
    private final Words words;

    PostPlanner(long seed, Words words) {
        this.seed = seed;
        this.words = words;
    }

    PostPlan plan(int index) {
        var random = new SplittableRandom(Picks.mix(seed, index));
        int number = index + 1;
        Topic topic = Picks.one(random, words.topics());
        TechStack stack = Picks.one(random, words.stacks());
        String scenario = Picks.one(random, words.scenarios());
        String title = new Subject(topic.name(), stack.name(), scenario).fill(Picks.one(random, words.titlePatterns()));
        LocalDate date = dateBetween(random, FIRST_DATE, LAST_DATE);
        int paragraphs = Picks.between(random, 7, 12);
        var images = Images.pick(random, number, topic.name() + " with " + stack.name());
        return new PostPlan(number, topic, stack, scenario, title,
                PostSlugs.postSlug(topic.name(), stack.name(), number), date,
                Picks.chance(random, DRAFT_SHARE), Picks.one(random, words.difficulties()),
                paragraphs + Picks.between(random, 1, 4), random.nextInt(1_000_000),
                scores(random), revision(random, date),
                "anp-ref-" + Digits.pad(number, 6) + "-" + Digits.pad(random.nextInt(10_000), 4),
                hash(random), tags(random, topic, stack), Picks.one(random, words.checklists()),
                Picks.one(random, words.actions()), images, Picks.chance(random, 0.2),
                paragraphs, random.nextLong());
    }

    private static LocalDate dateBetween(SplittableRandom random, LocalDate first, LocalDate last) {
        long days = ChronoUnit.DAYS.between(first, last);
        return first.plusDays(random.nextLong(days + 1));
    }

    private static Scores scores(SplittableRandom random) {
        return new Scores(Picks.between(random, 60, 100), Picks.between(random, 60, 100),
                Picks.between(random, 55, 100), Picks.between(random, 60, 100));
    }

    private Revision revision(SplittableRandom random, LocalDate date) {
        String version = "1." + random.nextInt(10) + "." + random.nextInt(10);
        return new Revision(Picks.one(random, words.revisionStatuses()), version,
                dateBetween(random, date, LAST_DATE));
    }

    private static String hash(SplittableRandom random) {
        var hex = HexFormat.of();
        return hex.toHexDigits(random.nextLong()) + hex.toHexDigits(random.nextInt());
    }

    /** Topic and stack tags first so tags cluster like the content; padded from the shared pool. */
    private List<String> tags(SplittableRandom random, Topic topic, TechStack stack) {
        int wanted = Picks.between(random, 2, 4);
        var tags = new LinkedHashSet<String>(topic.tags());
        tags.addAll(stack.tags());
        while (tags.size() < wanted) {
            tags.add(Picks.one(random, words.tags()));
        }
        return new ArrayList<>(tags).subList(0, wanted);
    }
}
