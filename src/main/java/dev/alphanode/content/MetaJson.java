package dev.alphanode.content;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;

/**
 * The length of a post's meta as the store writes it (Jackson's default JSON, which
 * {@code PostStore} uses), counted without building the string: aliases can make it many times
 * longer than the front matter.
 */
final class MetaJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private MetaJson() {
    }

    static int length(Map<String, Object> meta) {
        var counter = new CountingWriter();
        try {
            JSON.writeValue(counter, meta);
        } catch (IOException e) {
            throw new UncheckedIOException("counting post meta as JSON", e);
        }
        return (int) Math.min(Integer.MAX_VALUE, counter.count);
    }

    private static final class CountingWriter extends Writer {
        long count;

        @Override
        public void write(char[] buffer, int offset, int length) {
            count += length;
        }

        @Override
        public void write(String text, int offset, int length) {
            count += length;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
