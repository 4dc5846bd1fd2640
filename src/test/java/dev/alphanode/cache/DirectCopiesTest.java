package dev.alphanode.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

class DirectCopiesTest {

    @Test
    void pages_are_copied_off_heap_until_the_budget_is_spent_then_sent_from_the_heap() {
        DirectCopies copies = new DirectCopies(25_000);
        PageBody first = PageBody.of("a".repeat(20_000));
        PageBody second = PageBody.of("b".repeat(20_000));

        ByteBuffer hot = first.htmlBuffer(copies);
        ByteBuffer over = second.htmlBuffer(copies);

        assertThat(hot.isDirect()).isTrue();
        assertThat(over.isDirect()).as("beyond the budget").isFalse();
        assertThat(copies.usedBytes()).isEqualTo(20_000);
        assertThat(bytes(hot)).isEqualTo(first.html());
        assertThat(bytes(over)).isEqualTo(second.html());
        assertThat(bytes(first.htmlBuffer(copies))).as("the kept copy, from its start again").isEqualTo(first.html());
        assertThat(copies.usedBytes()).as("one copy per page").isEqualTo(20_000);
    }

    @Test
    void the_gzip_form_is_a_copy_of_its_own_and_reads_back_as_the_stored_bytes() {
        DirectCopies copies = new DirectCopies(1 << 20);
        PageBody page = PageBody.of("<p>" + "x".repeat(5_000) + "</p>");
        ByteBuffer gzip = page.gzippedBuffer(copies);
        assertThat(gzip.isDirect()).isTrue();
        assertThat(bytes(gzip)).isEqualTo(page.gzipped());
        assertThat(copies.usedBytes()).isEqualTo(page.gzipped().length);
    }

    private static byte[] bytes(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }
}
