package dev.alphanode.upload;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** What an uploaded file is, told by its first bytes (not its name), and the folder it belongs in. */
enum UploadKind {
    MARKDOWN("markdown", "Markdown post (UTF-8 text starting with '---')", "posts", List.of("md")),
    PNG("png", "PNG image (89 50 4E 47 0D 0A 1A 0A)", "media", List.of("png")),
    JPEG("jpeg", "JPEG image (FF D8 FF)", "media", List.of("jpg", "jpeg")),
    GIF("gif", "GIF image (GIF87a or GIF89a)", "media", List.of("gif")),
    WEBP("webp", "WebP image (RIFF....WEBP)", "media", List.of("webp")),
    PDF("pdf", "PDF document (%PDF-)", "media", List.of("pdf")),
    SVG("svg", "SVG image (UTF-8 XML whose root element is <svg>)", "media", List.of("svg"));

    private static final Pattern SVG_ROOT = Pattern.compile("<svg[\\s/>]");

    final String label;
    final String description;
    final String folder;
    final List<String> extensions;

    UploadKind(String label, String description, String folder, List<String> extensions) {
        this.label = label;
        this.description = description;
        this.folder = folder;
        this.extensions = extensions;
    }

    static Optional<UploadKind> forExtension(String extension) {
        return Arrays.stream(values()).filter(kind -> kind.extensions.contains(extension)).findFirst();
    }

    static String allExtensions() {
        return String.join(", ", Arrays.stream(values()).flatMap(kind -> kind.extensions.stream())
                .map(extension -> "." + extension).toList());
    }

    static Optional<UploadKind> detect(byte[] bytes) {
        if (startsWith(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (startsWith(bytes, 0, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(bytes, 0, 'G', 'I', 'F', '8', '7', 'a') || startsWith(bytes, 0, 'G', 'I', 'F', '8', '9', 'a')) {
            return Optional.of(GIF);
        }
        if (startsWith(bytes, 0, 'R', 'I', 'F', 'F') && startsWith(bytes, 8, 'W', 'E', 'B', 'P')) {
            return Optional.of(WEBP);
        }
        if (startsWith(bytes, 0, '%', 'P', 'D', 'F', '-')) {
            return Optional.of(PDF);
        }
        return text(bytes).flatMap(UploadKind::detectText);
    }

    private static Optional<UploadKind> detectText(String text) {
        if (text.startsWith("---")) {
            return Optional.of(MARKDOWN);
        }
        return SVG_ROOT.matcher(UploadSvg.afterProlog(text)).lookingAt() ? Optional.of(SVG) : Optional.empty();
    }

    /** Strict UTF-8 without a leading BOM; empty when the bytes are not valid UTF-8. */
    static Optional<String> text(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] bytes, int offset, int... magic) {
        if (bytes.length < offset + magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((bytes[offset + i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** The first bytes in hex, for messages about content that is not what its name says. */
    static String firstBytes(byte[] bytes) {
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < Math.min(8, bytes.length); i++) {
            hex.append(i == 0 ? "" : " ").append(String.format("%02X", bytes[i] & 0xFF));
        }
        return hex.toString();
    }
}
