package dev.alphanode;

import dev.alphanode.config.Config;
import dev.alphanode.config.ConfigException;
import dev.alphanode.content.ContentCheck;
import dev.alphanode.generate.Generator;
import dev.alphanode.ops.LogSettings;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;

/** The command line: {@code serve} (default), {@code check [DIR]}, {@code generate}, {@code --help}, {@code --version}. */
public final class Main {
    private static final String USAGE = """
            Usage: java -jar alphanode.jar [command]

            Commands:
              serve                                   run the site (default); settings come from ANP_* variables
              check [DIR]                             validate a content folder (default: $ANP_CONTENT_DIR or ./content)
                                                      one line per problem: path:line: what is wrong (expected ...)
                                                      exit 0 when clean, 1 when problems were found
              generate --count N --out DIR [--seed S] write N deterministic sample posts into DIR
              purge --route PATH | --all              drop the cached fragments of one route (or all) from Redis
                                                      (ANP_REDIS_URL, or the embedded Redis of a site run with the
                                                      same ANP_DB_URL); prints the number of keys removed
              --help                                  show this help
              --version                               show the version

            Settings: ANP_PORT, ANP_CONTENT_DIR, ANP_DB_URL, ANP_REDIS_URL, ANP_CACHE, ANP_ADMIN_TOKEN,
            ANP_BASE_URL, ANP_TEMPLATES_DIR, ANP_WATCH, ANP_WATCH_INTERVAL_MS, ANP_UPLOAD_MAX_BYTES,
            ANP_LOG_FORMAT, ANP_REQUEST_LOG (see README).
            """;

    private Main() {
    }

    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        if (code >= 0) {
            System.exit(code);
        }
    }

    /** Runs a command; returns the exit code, or -1 when the site is serving and the JVM must stay up. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        String command = args.length == 0 ? "serve" : args[0];
        String[] rest = Arrays.copyOfRange(args, Math.min(1, args.length), args.length);
        try {
            return switch (command) {
                case "serve" -> serve(err);
                case "check" -> check(rest, out);
                case "generate" -> Generator.run(rest, out, err);
                case "purge" -> Purge.run(rest, System.getenv(), out, err);
                case "--help", "-h", "help" -> {
                    out.print(USAGE);
                    yield 0;
                }
                case "--version", "-V", "version" -> {
                    out.println("alphanode " + Version.current());
                    yield 0;
                }
                default -> {
                    err.println("unknown command '" + command + "' (expected serve, check, generate, purge, --help or --version)");
                    yield 2;
                }
            };
        } catch (ConfigException e) {
            err.println(e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println(command + " failed: " + e.getMessage());
            return 1;
        }
    }

    private static int serve(PrintStream err) {
        Config config = Config.fromEnv(System.getenv());
        LogSettings.apply(config.logs());
        try {
            App app = App.start(config);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                app.close();
                LogSettings.flush();
            }, "alphanode-shutdown"));
            return -1;
        } catch (RuntimeException e) {
            err.println("alphanode could not start: " + e.getMessage());
            return 1;
        }
    }

    private static int check(String[] args, PrintStream out) throws IOException {
        return ContentCheck.run(args.length > 0 ? Path.of(args[0]) : Config.checkDir(System.getenv()), out);
    }
}
