package dev.alphanode.content;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Strict UTF-8 decoding with line endings normalised to '\n'. */
final class Utf8 {

    private Utf8() {
    }

    /** The text without a leading BOM and with CRLF/CR turned into LF; empty when not valid UTF-8. */
    static Optional<String> decode(byte[] bytes) {
        CharBuffer out = CharBuffer.allocate(bytes.length);
        if (decodeInto(ByteBuffer.wrap(bytes), out).isError()) {
            return Optional.empty();
        }
        return Optional.of(normalise(out.flip().toString()));
    }

    /** The 1-based line of the first byte that is not valid UTF-8, or 0 when all bytes are valid. */
    static int lineOfFirstInvalidByte(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        if (!decodeInto(in, CharBuffer.allocate(bytes.length)).isError()) {
            return 0;
        }
        int line = 1;
        for (int i = 0; i < in.position(); i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static CoderResult decodeInto(ByteBuffer in, CharBuffer out) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = decoder.decode(in, out, true);
        return result.isError() ? result : decoder.flush(out);
    }

    private static String normalise(String text) {
        String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return withoutBom.replace("\r\n", "\n").replace('\r', '\n');
    }
}
