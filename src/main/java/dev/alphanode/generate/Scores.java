package dev.alphanode.generate;

record Scores(int quality, int freshness, int depth, int clarity) {
}
