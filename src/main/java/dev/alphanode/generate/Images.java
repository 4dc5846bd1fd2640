package dev.alphanode.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Picks a post's images the way the seeds show them: a few sources, captions numbered from 1. */
final class Images {

    static final String LOCAL_SOURCE = "alphanode media";

    private static final List<String> SOURCES = List.of(
            LOCAL_SOURCE, "placehold.co", "picsum.photos", "dummyimage.com", "unsplash");

    private static final List<String> UNSPLASH_PHOTOS = List.of(
            "photo-1498050108023-c5249f4df085", "photo-1555949963-aa79dcee981c",
            "photo-1555066931-4365d14bab8c");

    private Images() {
    }

    static List<ImageRef> pick(SplittableRandom random, int number, String subject) {
        int count = count(random);
        var images = new ArrayList<ImageRef>(count);
        for (int i = 1; i <= count; i++) {
            String caption = subject + " visual reference " + i;
            String source = Picks.one(random, SOURCES);
            String diagram = MediaFiles.DIAGRAMS.get((number + i) % MediaFiles.DIAGRAMS.size());
            String local = source.equals(LOCAL_SOURCE) ? Picks.one(random, MediaFiles.NAMES) : diagram;
            images.add(new ImageRef(source, url(random, source, caption, number + i - 1, local), caption, local));
        }
        return images;
    }

    private static int count(SplittableRandom random) {
        int roll = random.nextInt(100);
        if (roll < 10) {
            return 0;
        }
        if (roll < 55) {
            return 1;
        }
        return roll < 80 ? 2 : Picks.between(random, 3, 5);
    }

    private static String url(SplittableRandom random, String source, String caption, int seq, String local) {
        return switch (source) {
            case "placehold.co" -> "https://placehold.co/1200x630/png?text=" + plusText(caption, 42);
            case "picsum.photos" -> "https://picsum.photos/seed/anp-" + Digits.pad(seq, 6) + "/1200/630";
            case "dummyimage.com" -> "https://dummyimage.com/1200x630/111827/ffffff.png&text=" + plusText(caption, 38);
            case "unsplash" -> "https://images.unsplash.com/" + Picks.one(random, UNSPLASH_PHOTOS)
                    + "?auto=format&fit=crop&w=1200&q=80";
            default -> "/media/" + local;
        };
    }

    private static String plusText(String caption, int max) {
        return caption.substring(0, Math.min(max, caption.length())).replace(' ', '+');
    }
}
