package dev.alphanode.content;

/** An image's intrinsic size in CSS pixels, as its file's header (or an SVG's width/height/viewBox) says. */
public record ImageSize(int width, int height) {
    public ImageSize {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("an image size is at least 1x1, was " + width + "x" + height);
        }
    }
}
