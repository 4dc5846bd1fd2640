package dev.alphanode;

import java.io.PrintStream;
import java.util.Map;

/** The {@code purge} command as the jar runs it, for tests outside this package. */
public final class PurgeCommand {
    private PurgeCommand() {
    }

    public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        return Purge.run(args, env, out, err);
    }
}
