package dev.alphanode.similar;

/**
 * One entry of a stored similar list: the neighbour, its score and the score's parts (already
 * weighted; they add up to {@code score}), and a hash of the neighbour's card (title, date,
 * summary, reading time) so that a changed card counts as a changed list.
 */
record Neighbour(String slug, double score, double topic, double stack, double tools, double tags, double text,
                 long cardHash) {
}
