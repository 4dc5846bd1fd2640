package dev.alphanode.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** The one HikariCP pool over the H2 database, migrated by Flyway before first use. */
public final class Database implements AutoCloseable {
    private final HikariDataSource pool;

    public Database(String jdbcUrl) {
        this(jdbcUrl, null);
    }

    /** With {@code metrics} (a Micrometer MeterRegistry, or null), Hikari publishes its pool metrics there. */
    public Database(String jdbcUrl, Object metrics) {
        HikariConfig config = new HikariConfig();
        if (metrics != null) {
            config.setMetricRegistry(metrics);
        }
        config.setJdbcUrl(jdbcUrl);
        config.setUsername("sa");
        config.setPassword("");
        config.setPoolName("alphanode-h2");
        config.setMaximumPoolSize(8);
        config.setConnectionTimeout(5_000);
        this.pool = new HikariDataSource(config);
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    public DataSource dataSource() {
        return pool;
    }

    public Connection connection() throws SQLException {
        return pool.getConnection();
    }

    @Override
    public void close() {
        pool.close();
    }
}
