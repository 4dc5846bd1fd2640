package dev.alphanode.render;

import dev.alphanode.content.ImageSize;
import java.util.Optional;

/**
 * What a post knows about the images its body shows, by their {@code src} as written in the page: the size of
 * a local file, and the caption its front matter's {@code images} list gives that URL.
 */
public interface BodyImages {
    BodyImages NONE = new BodyImages() {
        @Override
        public Optional<ImageSize> size(String src) {
            return Optional.empty();
        }

        @Override
        public Optional<String> caption(String src) {
            return Optional.empty();
        }
    };

    Optional<ImageSize> size(String src);

    Optional<String> caption(String src);
}
