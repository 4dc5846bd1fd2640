package dev.alphanode.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void accents_are_removed_and_separators_collapse_to_one_dash() {
        assertThat(Slugs.slugify("  Crème Brûlée -- & Redis!! ")).isEqualTo("creme-brulee-redis");
    }

    @Test
    void text_without_letters_or_digits_gives_an_empty_slug() {
        assertThat(Slugs.slugify("日本 --")).isEmpty();
    }

    @Test
    void long_text_is_cut_to_100_characters_without_a_trailing_dash() {
        String slug = Slugs.slugify("a".repeat(99) + " b");

        assertThat(slug).isEqualTo("a".repeat(99));
        assertThat(Slugs.isValid(slug)).isTrue();
    }

    @Test
    void valid_slugs_use_only_lowercase_letters_digits_and_dashes() {
        assertThat(Slugs.isValid("redis-7-tips")).isTrue();
        assertThat(Slugs.isValid("Redis")).isFalse();
        assertThat(Slugs.isValid("")).isFalse();
        assertThat(Slugs.isValid("a".repeat(101))).isFalse();
    }
}
