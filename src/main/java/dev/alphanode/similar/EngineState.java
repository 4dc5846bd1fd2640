package dev.alphanode.similar;

import java.util.Set;

/** What the engine holds between calls: the index, the settings it ranks with, the stored lists and the drifted posts. */
record EngineState(Index index, Weights weights, int k, Lists lists, Set<String> drifted) {
}
