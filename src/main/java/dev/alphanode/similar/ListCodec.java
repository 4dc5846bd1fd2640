package dev.alphanode.similar;

import java.util.ArrayList;
import java.util.List;

/**
 * A list as stored in {@code similar_list.entries}: one line per entry, best first, fields split by
 * spaces: slug, score, topic, stack, tools, tags, text parts, card hash. Doubles are written with
 * {@link Double#toString}, which reads back to the same double.
 */
final class ListCodec {

    private ListCodec() {
    }

    static String encode(List<Neighbour> list) {
        StringBuilder out = new StringBuilder(list.size() * 160);
        for (Neighbour n : list) {
            out.append(n.slug()).append(' ').append(n.score()).append(' ').append(n.topic()).append(' ')
                    .append(n.stack()).append(' ').append(n.tools()).append(' ').append(n.tags()).append(' ')
                    .append(n.text()).append(' ').append(n.cardHash()).append('\n');
        }
        return out.toString();
    }

    static List<Neighbour> decode(String entries) {
        List<Neighbour> list = new ArrayList<>();
        for (String line : entries.split("\n")) {
            if (!line.isEmpty()) {
                String[] f = line.split(" ");
                list.add(new Neighbour(f[0], Double.parseDouble(f[1]), Double.parseDouble(f[2]),
                        Double.parseDouble(f[3]), Double.parseDouble(f[4]), Double.parseDouble(f[5]),
                        Double.parseDouble(f[6]), Long.parseLong(f[7])));
            }
        }
        return list;
    }
}
