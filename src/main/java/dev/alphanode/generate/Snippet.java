package dev.alphanode.generate;

/** A fenced code block: {@code language} is the fence's info string. */
record Snippet(String language, String code) {
}
