package dev.alphanode.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Query and transaction helpers over the site's pool; failures become {@link StoreException}s naming the operation. */
final class Sql {

    @FunctionalInterface
    interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    @FunctionalInterface
    interface Reader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    @FunctionalInterface
    interface Work {
        void run(Connection conn) throws SQLException;
    }

    private final Database db;

    Sql(Database db) {
        this.db = db;
    }

    <T> T query(String operation, String sql, Binder binder, Reader<T> reader) {
        try (Connection conn = db.connection(); PreparedStatement ps = conn.prepareStatement(sql)) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                return reader.read(rs);
            }
        } catch (SQLException e) {
            throw new StoreException(operation, e);
        }
    }

    void inTransaction(String operation, Work work) {
        try (Connection conn = db.connection()) {
            conn.setAutoCommit(false);
            try {
                work.run(conn);
                conn.commit();
            } catch (SQLException | RuntimeException e) {
                conn.rollback();
                throw e;
            } finally {
                conn.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException(operation, e);
        }
    }
}
