package dev.alphanode.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.h2.api.ErrorCode;

/** The one HikariCP pool over the H2 database, migrated by Flyway before first use. */
public final class Database implements AutoCloseable {
    private static final String FILE_PREFIX = "jdbc:h2:file:";
    private final HikariDataSource pool;

    public Database(String jdbcUrl) {
        this(jdbcUrl, null);
    }

    /** With {@code metrics} (a Micrometer MeterRegistry, or null), Hikari publishes its pool metrics there. */
    public Database(String jdbcUrl, Object metrics) {
        checkWritable(jdbcUrl);
        HikariConfig config = new HikariConfig();
        if (metrics != null) {
            config.setMetricRegistry(metrics);
        }
        config.setJdbcUrl(withSettings(jdbcUrl));
        config.setUsername("sa");
        config.setPassword("");
        config.setPoolName("alphanode-h2");
        config.setMaximumPoolSize(8);
        config.setConnectionTimeout(5_000);
        // Fail at once rather than retry for the connection timeout when H2 cannot open the file.
        config.setInitializationFailTimeout(1);
        try {
            this.pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw opening(jdbcUrl, e);
        }
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw opening(jdbcUrl, e);
        }
    }

    /**
     * The URL with H2's automatic ANALYZE turned off (unless the URL sets it): by default H2 re-reads
     * a table to refresh its statistics after every 2,000 changed rows, which made a fresh import read
     * the stored bodies back again and again (about 3 s of a 20,000-post start-up). {@link
     * PostStore#analyze()} refreshes them once instead, after an import that changed many posts.
     */
    static String withSettings(String jdbcUrl) {
        if (jdbcUrl.toUpperCase(java.util.Locale.ROOT).contains(";ANALYZE_AUTO=")) {
            return jdbcUrl;
        }
        return (jdbcUrl.endsWith(";") ? jdbcUrl.substring(0, jdbcUrl.length() - 1) : jdbcUrl) + ";ANALYZE_AUTO=0";
    }

    public Connection connection() throws SQLException {
        return pool.getConnection();
    }

    @Override
    public void close() {
        pool.close();
    }

    /** The H2 file behind a {@code jdbc:h2:file:} URL ({@code NAME.mv.db}); empty for other URLs. */
    public static Optional<Path> file(String jdbcUrl) {
        if (!jdbcUrl.startsWith(FILE_PREFIX)) {
            return Optional.empty();
        }
        String base = jdbcUrl.substring(FILE_PREFIX.length()).split(";", 2)[0];
        return Optional.of(Path.of(base + ".mv.db").toAbsolutePath());
    }

    /**
     * Moves a damaged database file aside ({@code NAME.mv.db.damaged}, replacing an older one), so the
     * next open starts empty and the site rebuilds it from content/. Returns where it went.
     */
    public static Path setAside(String jdbcUrl) {
        Path file = file(jdbcUrl).orElseThrow(() -> new IllegalArgumentException(
                "only a jdbc:h2:file: database can be rebuilt, not " + jdbcUrl));
        Path aside = file.resolveSibling(file.getFileName() + ".damaged");
        try {
            if (Files.exists(file)) {
                Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.deleteIfExists(file.resolveSibling(file.getFileName().toString().replace(".mv.db", ".trace.db")));
            return aside;
        } catch (IOException e) {
            throw new StoreException("moving the damaged database " + file + " aside", e);
        }
    }

    /**
     * Why the database file must not be trusted because the last run did not stop cleanly (it exists,
     * but the mark {@link #stoppedCleanly} leaves beside it is missing), or empty. Reading the mark
     * removes it, so a run that dies from now on leaves none. Only for {@code jdbc:h2:file:} URLs.
     */
    public static Optional<String> lastStop(String jdbcUrl) {
        Optional<Path> file = file(jdbcUrl);
        if (file.isEmpty() || !Files.exists(file.get())) {
            return Optional.empty();
        }
        Path mark = cleanMark(file.get());
        try {
            return Files.deleteIfExists(mark) ? Optional.empty()
                    : Optional.of("the last run did not stop cleanly (no " + mark.getFileName() + " beside "
                    + file.get().getFileName() + ")");
        } catch (IOException e) {
            throw new StoreException("removing " + mark, e);
        }
    }

    /** Leaves the mark that says the database was closed cleanly (after {@link #close}). */
    public static void stoppedCleanly(String jdbcUrl) {
        file(jdbcUrl).filter(Files::exists).ifPresent(file -> {
            try {
                Files.writeString(cleanMark(file), "closed cleanly\n");
            } catch (IOException e) {
                // The next start then rebuilds the database from content/: slower, never wrong.
            }
        });
    }

    private static Path cleanMark(Path file) {
        return file.resolveSibling(file.getFileName().toString().replace(".mv.db", ".clean"));
    }

    /**
     * Whether a failure means the database file itself is damaged (corrupt, or a lock no live
     * transaction holds, left by a process killed mid-transaction) rather than busy or unreachable.
     */
    public static boolean isDamage(Throwable failure) {
        for (Throwable cause : causes(failure)) {
            if (cause instanceof SQLException sql) {
                int code = sql.getErrorCode();
                if (code == ErrorCode.LOCK_TIMEOUT_1 || code == ErrorCode.FILE_CORRUPTED_1
                        || code == ErrorCode.DUPLICATE_KEY_1
                        || code == ErrorCode.IO_EXCEPTION_2 || code == ErrorCode.GENERAL_ERROR_1) {
                    return true;
                }
            }
            if (cause instanceof DamagedDatabaseException) {
                return true;
            }
        }
        return false;
    }

    /** A database that needs rebuilding from content/, and why. */
    public static final class DamagedDatabaseException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public DamagedDatabaseException(String why) {
            super(why);
        }
    }

    /**
     * The folder of a file database must take new files (H2 writes the database and its lock there):
     * probed by creating one, which also catches read-only mounts and, as root, immutable folders.
     */
    private static void checkWritable(String jdbcUrl) {
        Optional<Path> file = file(jdbcUrl);
        if (file.isEmpty()) {
            return;
        }
        Path folder = file.get().getParent();
        try {
            Files.createDirectories(folder);
            Files.delete(Files.createTempFile(folder, ".write-check", ".tmp"));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("ANP_DB_URL: '" + jdbcUrl + "' cannot be used: the folder " + folder
                    + " is not writable (" + describe(e) + ") (expected a folder this process can write; fix its"
                    + " permissions or point ANP_DB_URL elsewhere; retrying will not help)");
        }
    }

    private static RuntimeException opening(String jdbcUrl, RuntimeException e) {
        if (isDamage(e)) {
            return new DamagedDatabaseException("opening " + jdbcUrl + " failed: " + rootMessage(e));
        }
        String hint = alreadyOpen(e)
                ? "another alphanode (or an H2 tool) has this database open; stop it or set another ANP_DB_URL"
                : "check ANP_DB_URL; retrying may help if the disk was busy";
        return new IllegalStateException("ANP_DB_URL: '" + jdbcUrl + "' could not be opened: " + rootMessage(e)
                + " (" + hint + ")");
    }

    private static boolean alreadyOpen(Throwable failure) {
        for (Throwable cause : causes(failure)) {
            if (cause instanceof SQLException sql && sql.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable failure) {
        java.util.List<Throwable> chain = causes(failure);
        Throwable root = chain.get(chain.size() - 1);
        return describe(root).lines().findFirst().orElse(root.getClass().getSimpleName());
    }

    /** The failure and its causes, outermost first (H2's chains can be circular, so at most 20). */
    private static java.util.List<Throwable> causes(Throwable failure) {
        java.util.List<Throwable> chain = new java.util.ArrayList<>();
        for (Throwable cause = failure; cause != null && chain.size() < 20 && !chain.contains(cause);
             cause = cause.getCause()) {
            chain.add(cause);
        }
        return chain;
    }

    private static String describe(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
