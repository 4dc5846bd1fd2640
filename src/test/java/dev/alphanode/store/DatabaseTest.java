package dev.alphanode.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pool opens H2 with its automatic ANALYZE off, unless the operator's URL sets it. */
class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void the_database_opens_with_automatic_analyze_off() throws Exception {
        try (Database db = new Database("jdbc:h2:file:" + dir.resolve("anp"))) {
            assertThat(setting(db, "ANALYZE_AUTO")).isEqualTo("0");
        }
    }

    @Test
    void an_analyze_setting_in_the_url_is_kept_and_a_trailing_semicolon_does_not_double() throws Exception {
        try (Database db = new Database("jdbc:h2:file:" + dir.resolve("own") + ";ANALYZE_AUTO=500")) {
            assertThat(setting(db, "ANALYZE_AUTO")).isEqualTo("500");
        }
        assertThat(Database.withSettings("jdbc:h2:file:/x/anp;")).isEqualTo("jdbc:h2:file:/x/anp;ANALYZE_AUTO=0");
    }

    private static String setting(Database db, String name) throws Exception {
        try (Connection conn = db.connection(); Statement statement = conn.createStatement();
             ResultSet rs = statement.executeQuery(
                     "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = '" + name + "'")) {
            return rs.next() ? rs.getString(1) : "absent";
        }
    }
}
