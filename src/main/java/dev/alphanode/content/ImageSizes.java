package dev.alphanode.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The size of a local image, read from its header without decoding the pixels: PNG, JPEG, GIF (and BMP) by the
 * JDK's ImageIO readers, WebP by TwelveMonkeys' ImageIO plugin, SVG from the root element's {@code width} and
 * {@code height} (in px or unitless) or else its {@code viewBox}. Remembered per file, size and modification
 * time, so a page render reads each header once. A file that says no size (damaged, or an SVG with percentages
 * only) has none, and the page shows the image without width and height.
 */
public final class ImageSizes {
    private static final Pattern LENGTH = Pattern.compile("\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(px)?\\s*");
    private static final Pattern VIEW_BOX = Pattern.compile(
            "\\s*-?[0-9.]+[\\s,]+-?[0-9.]+[\\s,]+([0-9]+(?:\\.[0-9]+)?)[\\s,]+([0-9]+(?:\\.[0-9]+)?)\\s*");
    private static final XMLInputFactory XML = xml();

    private record Key(Path file, long size, long modified) {
    }

    private final ConcurrentHashMap<Key, Optional<ImageSize>> known = new ConcurrentHashMap<>();

    public Optional<ImageSize> of(Path file) {
        try {
            Key key = new Key(file, Files.size(file), Files.getLastModifiedTime(file).toMillis());
            if (known.size() > 10_000) {
                known.clear();
            }
            return known.computeIfAbsent(key, k -> read(k.file()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<ImageSize> read(Path file) {
        try {
            return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg") ? svg(file) : raster(file);
        } catch (IOException | XMLStreamException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<ImageSize> raster(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                return Optional.empty();
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return size(reader.getWidth(0), reader.getHeight(0));
            } finally {
                reader.dispose();
            }
        }
    }

    /** The root element only: no DTD, no external entities, nothing past the first tag is read. */
    private static Optional<ImageSize> svg(Path file) throws IOException, XMLStreamException {
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = XML.createXMLStreamReader(in);
            try {
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                        if (!xml.getLocalName().equals("svg")) {
                            return Optional.empty();
                        }
                        return svgSize(xml.getAttributeValue(null, "width"), xml.getAttributeValue(null, "height"),
                                xml.getAttributeValue(null, "viewBox"));
                    }
                }
                return Optional.empty();
            } finally {
                xml.close();
            }
        }
    }

    static Optional<ImageSize> svgSize(String width, String height, String viewBox) {
        Optional<Double> w = length(width);
        Optional<Double> h = length(height);
        if (w.isPresent() && h.isPresent()) {
            return size(w.get(), h.get());
        }
        if (viewBox == null) {
            return Optional.empty();
        }
        Matcher box = VIEW_BOX.matcher(viewBox);
        if (!box.matches()) {
            return Optional.empty();
        }
        double boxWidth = Double.parseDouble(box.group(1));
        double boxHeight = Double.parseDouble(box.group(2));
        if (w.isPresent() && boxWidth > 0) {
            return size(w.get(), w.get() * boxHeight / boxWidth);
        }
        if (h.isPresent() && boxHeight > 0) {
            return size(h.get() * boxWidth / boxHeight, h.get());
        }
        return size(boxWidth, boxHeight);
    }

    private static Optional<Double> length(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher length = LENGTH.matcher(value);
        return length.matches() ? Optional.of(Double.parseDouble(length.group(1))) : Optional.empty();
    }

    private static Optional<ImageSize> size(double width, double height) {
        long w = Math.round(width);
        long h = Math.round(height);
        return w >= 1 && h >= 1 && w <= 100_000 && h <= 100_000
                ? Optional.of(new ImageSize((int) w, (int) h)) : Optional.empty();
    }

    private static XMLInputFactory xml() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }
}
