package dev.alphanode.upload;

import java.util.Optional;

/** What an upload carries: the file name as sent, the target folder if one was named, and the file's bytes. */
public record Upload(String name, Optional<String> path, byte[] bytes) {
    public Upload {
        path = path.map(String::strip);
    }
}
