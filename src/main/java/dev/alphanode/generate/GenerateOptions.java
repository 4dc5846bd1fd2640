package dev.alphanode.generate;

import java.nio.file.Path;

/** The validated flags of the {@code generate} command. */
record GenerateOptions(int count, Path outDir, long seed) {

    static final int MAX_COUNT = 1_000_000;
    static final long DEFAULT_SEED = 1;
}
