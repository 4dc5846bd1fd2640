package dev.alphanode.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The ranking of a search depends on the posts, never on how the index came to hold them: a
 * replaced or removed post is still counted by Lucene's own statistics until a merge drops it, which
 * made a cached site and its {@code ANP_CACHE=off} twin (same posts, different edit and merge
 * histories) order near-tied hits differently.
 */
class IndexHistoryTest {

    @Test
    void removed_posts_do_not_change_how_the_remaining_ones_rank() {
        // x says "alpha" three times and "beta" once, y the other way round: with the two words
        // equally rare they tie, and the newer post (x) comes first.
        Posts x = Posts.post("x").title("Notes x").date(Posts.DAY.plusDays(2))
                .body("alpha alpha alpha beta gamma delta");
        Posts y = Posts.post("y").title("Notes y").date(Posts.DAY.plusDays(1))
                .body("alpha beta beta beta gamma delta");
        List<Posts> gone = IntStream.range(0, 40)
                .mapToObj(i -> Posts.post("old-" + i).title("Old " + i).body("alpha epsilon zeta " + i)).toList();
        // Posts that say neither word keep the removed ones under Lucene's share of deletions that
        // merges reclaim at once (a segment of mostly deleted documents is merged away).
        List<Posts> others = IntStream.range(0, 300)
                .mapToObj(i -> Posts.post("other-" + i).title("Other " + i).body("theta iota kappa " + i)).toList();
        List<Posts> kept = new ArrayList<>(others);
        kept.add(x);
        kept.add(y);
        List<Posts> first = new ArrayList<>(gone);
        first.addAll(kept);
        try (SearchIndex fresh = Searches.indexOf(kept.toArray(Posts[]::new)); SearchIndex edited = SearchIndex.inMemory()) {
            // One change writes them all, so the removed posts share a segment with x and y.
            edited.replace(first.stream().map(Posts::build).toList(), List.of(), "1");
            // Forty posts saying "alpha" removed: had they still counted, "alpha" would look common
            // and y (more "beta") would overtake x.
            edited.replace(List.of(), gone.stream().map(p -> p.build().slug()).toList(), "2");

            assertThat(Searches.slugs(fresh, "alpha beta")).containsExactly("x", "y");
            assertThat(Searches.slugs(edited, "alpha beta")).containsExactly("x", "y");
        }
    }

    @Test
    void an_index_edited_many_times_ranks_like_one_built_from_its_posts() {
        Random random = new Random(11);
        // A hundred made-up words ("kabo", "kade"...): rare and common ones, so idf differs word to word.
        String[] syllables = {"ka", "lo", "mi", "nu", "pe", "ri", "so", "tu", "vi", "ze"};
        String[] words = new String[100];
        for (int i = 0; i < words.length; i++) {
            words[i] = syllables[i / 10] + "x" + syllables[i % 10];
        }
        List<Posts> posts = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            posts.add(randomPost(random, words, "p" + i, i));
        }
        try (SearchIndex edited = SearchIndex.inMemory()) {
            edited.replace(posts.stream().map(Posts::build).toList(), List.of(), "0");
            for (int change = 0; change < 100; change++) {
                int which = random.nextInt(posts.size());
                Posts next = randomPost(random, words, "p" + which, which);
                posts.set(which, next);
                edited.replace(List.of(next.build()), List.of(), "edit " + change);
            }
            List<String> queries = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                queries.add(words[random.nextInt(words.length)] + " " + words[random.nextInt(words.length)]);
            }
            try (SearchIndex fresh = Searches.indexOf(posts.toArray(Posts[]::new))) {
                for (String q : queries) {
                    assertThat(Searches.slugs(edited, q)).as(q).containsExactlyElementsOf(Searches.slugs(fresh, q));
                }
            }
        }
    }

    private static Posts randomPost(Random random, String[] words, String slug, int day) {
        StringBuilder body = new StringBuilder();
        int length = 5 + random.nextInt(30);
        for (int i = 0; i < length; i++) {
            // Squared, so low-numbered words are common and high-numbered ones rare.
            double u = random.nextDouble();
            body.append(words[(int) (u * u * words.length)]).append(' ');
        }
        return Posts.post(slug).title("Post " + slug + " " + words[random.nextInt(words.length)])
                .date(Posts.DAY.plusDays(day % 7)).body(body.toString());
    }
}
