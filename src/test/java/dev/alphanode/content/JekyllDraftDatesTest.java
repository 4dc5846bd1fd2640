package dev.alphanode.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Jekyll {@code _drafts/} post without a date is dated by its file's modification time, as Jekyll does. */
class JekyllDraftDatesTest {

    private static final String NO_DATE = "---\ntitle: Half written\n---\nSome notes.\n";

    @TempDir
    Path content;

    @Test
    void a_draft_without_a_date_takes_the_modification_time_of_its_file_in_utc() throws IOException {
        Path file = write("posts/_drafts/half-written.md", NO_DATE, "2024-03-09T17:45:12.345Z");

        Post post = parsed("posts/_drafts/half-written.md", file).post().orElseThrow();

        assertThat(post.draft()).isTrue();
        assertThat(post.slug()).isEqualTo("half-written");
        assertThat(post.date().iso()).isEqualTo("2024-03-09T17:45:12Z");
    }

    @Test
    void a_date_in_the_front_matter_or_the_file_name_still_wins_over_the_modification_time() throws IOException {
        Path dated = write("posts/_drafts/dated.md", "---\ntitle: Dated\ndate: 2020-01-02\n---\n", "2024-03-09T17:45:12Z");
        Path named = write("posts/_drafts/2021-05-06-named.md", NO_DATE, "2024-03-09T17:45:12Z");

        assertThat(parsed("posts/_drafts/dated.md", dated).post().orElseThrow().date().iso()).isEqualTo("2020-01-02");
        assertThat(parsed("posts/_drafts/2021-05-06-named.md", named).post().orElseThrow().date().iso())
                .isEqualTo("2021-05-06");
    }

    @Test
    void a_post_outside_drafts_without_a_date_is_still_an_error_and_check_agrees() throws IOException {
        write("posts/_drafts/half-written.md", NO_DATE, "2024-03-09T17:45:12Z");
        write("posts/half-written.md", NO_DATE, "2024-03-09T17:45:12Z");

        assertThat(ContentCheck.check(content).problems()).extracting(ContentProblem::toString).containsExactly(
                "posts/half-written.md:1: missing required field 'date' (expected a real calendar date YYYY-MM-DD,"
                + " optionally with a time HH:MM[:SS][.fff] after a space or 'T' and an offset Z, ±HH:MM or ±HHMM,"
                + " or a file name starting with a date: YYYY-MM-DD-slug.md)");
    }

    private ParseResult parsed(String relative, Path file) throws IOException {
        return new PostParser().parse(ContentFiles.readPost(new ContentFile(relative, file)));
    }

    private Path write(String relative, String text, String modified) throws IOException {
        Path file = content.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse(modified)));
        return file;
    }
}
