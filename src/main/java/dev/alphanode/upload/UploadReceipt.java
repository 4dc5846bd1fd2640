package dev.alphanode.upload;

import java.util.List;

/** An accepted upload: where it landed, its size and kind, a post's warnings, and whether it replaced a file. */
public record UploadReceipt(String path, int bytes, String kind, List<String> warnings, boolean replaced) {
    public UploadReceipt {
        warnings = List.copyOf(warnings);
    }
}
