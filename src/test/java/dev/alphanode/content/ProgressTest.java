package dev.alphanode.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** What check and a large import show while they run, on a terminal and in a log. */
class ProgressTest {
    private static final long SECOND = 1_000_000_000L;
    private final AtomicLong clock = new AtomicLong(0);

    @Test
    void without_a_terminal_a_line_every_interval_says_files_done_rate_and_time_left() {
        List<String> log = new ArrayList<>();
        Progress progress = Progress.lines("check", 500, log::add, Duration.ofSeconds(5), clock::get);

        clock.set(2 * SECOND);
        progress.advance(100);
        clock.set(5 * SECOND);
        progress.advance(150);
        clock.set(7 * SECOND);
        progress.advance(10);
        clock.set(10 * SECOND);
        progress.advance(140);
        clock.set(11 * SECOND);
        progress.advance(100);
        progress.done();

        assertThat(log).containsExactly("check: 250/500 files, 50 files/s, 5 s left",
                "check: 400/500 files, 40 files/s, 3 s left");
    }

    @Test
    void a_slow_pass_tells_minutes_and_a_fractional_rate() {
        List<String> log = new ArrayList<>();
        Progress progress = Progress.lines("import", 1000, log::add, Duration.ZERO, clock::get);

        clock.set(4 * SECOND);
        progress.advance(2);

        assertThat(log).containsExactly("import: 2/1000 files, 0.5 files/s, 33 min 16 s left");
    }

    @Test
    void on_a_terminal_a_bar_is_redrawn_in_place_and_ends_its_line() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Progress progress = Progress.bar("check", 4, new PrintStream(out, true, StandardCharsets.UTF_8), clock::get);

        clock.set(SECOND);
        progress.advance(1);
        clock.set(2 * SECOND);
        progress.advance(3);
        progress.done();

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(
                "\rcheck [######------------------] 1/4 files, 1.0 files/s, 3 s left  "
                        + "\rcheck [########################] 4/4 files, 2.0 files/s, 0 s left  \n");
    }
}
