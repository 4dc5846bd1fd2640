package dev.alphanode.similar;

/** What the engine holds between calls: the index, the settings it ranks with and the stored lists. */
record EngineState(Index index, Weights weights, int k, Lists lists) {
}
