package dev.alphanode.similar;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Lists to rewrite (published posts whose list changed) and lists to delete (posts no longer published). */
record Change(Map<String, List<Neighbour>> changed, Set<String> gone) {

    Change {
        changed = Map.copyOf(changed);
        gone = Set.copyOf(gone);
    }
}
