package dev.alphanode.similar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ListCodecTest {

    @Test
    void a_list_reads_back_to_the_same_doubles_and_hashes() {
        List<Neighbour> list = List.of(
                new Neighbour("a-post", 0.1 + 0.2, 4.0, 1.7320508075688772, 0.0, 1e-300, Math.PI, Long.MIN_VALUE),
                new Neighbour("b", 3.0, 0.0, 0.0, 0.0, 0.0, 3.0, -1L));
        String encoded = ListCodec.encode(list);
        assertThat(ListCodec.decode(encoded)).isEqualTo(list);
        assertThat(ListCodec.decode("")).isEmpty();
    }
}
