package dev.alphanode.generate;

/**
 * One entry of a post's {@code images} list. The body always shows {@code mediaFile}, a local
 * file under {@code /media/}, so pages never depend on (or leak readers to) the external hosts.
 */
record ImageRef(String source, String url, String caption, String mediaFile) {
}
