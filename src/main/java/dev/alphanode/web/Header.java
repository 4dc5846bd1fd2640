package dev.alphanode.web;

/** One response header. */
record Header(String name, String value) {
}
