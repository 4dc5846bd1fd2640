package dev.alphanode.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The upload rules on their own, without HTTP: the same checks and writes {@code POST /admin/upload} answers with. */
class UploadsTest {
    private static final String POST = "---\ntitle: \"Redis caching\"\ndate: 2025-03-01\n---\nbody\n";

    @TempDir
    Path contentDir;

    @Test
    void a_post_is_written_under_its_normalised_name_and_reported_as_created() throws Exception {
        Uploads uploads = new Uploads(contentDir, 1_000);
        byte[] bytes = POST.getBytes(StandardCharsets.UTF_8);

        UploadReceipt receipt = uploads.accept(new Upload("Redis Caching.md", Optional.of(" posts/redis "), bytes));

        assertThat(receipt).isEqualTo(new UploadReceipt("posts/redis/redis-caching.md", bytes.length, "markdown",
                receipt.warnings(), false));
        assertThat(Files.readAllBytes(contentDir.resolve("posts/redis/redis-caching.md"))).isEqualTo(bytes);
    }

    @Test
    void a_file_over_the_limit_is_refused_while_it_is_read() {
        Uploads uploads = new Uploads(contentDir, 10);

        assertThatThrownBy(() -> uploads.read("big.png", Optional.empty(), new ByteArrayInputStream(new byte[11])))
                .isInstanceOfSatisfying(UploadRefusal.class, refusal -> assertThat(refusal.status()).isEqualTo(413))
                .hasMessage("file 'big.png' has more than 10 bytes (expected at most 10 bytes); "
                        + "retrying the same upload will fail again");
    }

    @Test
    void a_refused_svg_writes_nothing() throws Exception {
        Uploads uploads = new Uploads(contentDir, 1_000);
        byte[] svg = "<svg onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> uploads.accept(new Upload("x.svg", Optional.empty(), svg)))
                .isInstanceOfSatisfying(UploadRefusal.class, refusal -> assertThat(refusal.status()).isEqualTo(422));
        try (var files = Files.walk(contentDir)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }
}
