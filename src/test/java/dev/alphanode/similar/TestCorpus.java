package dev.alphanode.similar;

import dev.alphanode.generate.Generator;
import dev.alphanode.sync.ContentImporter;
import dev.alphanode.sync.SiteState;
import dev.alphanode.store.Database;
import dev.alphanode.store.PostStore;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** A generated corpus imported into a temp H2 file, the way the site imports content. */
final class TestCorpus implements AutoCloseable {
    final Database db;
    final PostStore store;

    private TestCorpus(Database db) {
        this.db = db;
        this.store = new PostStore(db);
    }

    static TestCorpus generated(Path root, long seed, int posts) throws IOException {
        Path content = root.resolve("content");
        new Generator(seed).generate(posts, content);
        TestCorpus corpus = empty(root);
        new ContentImporter(content, corpus.store, new SiteState()).importAll();
        return corpus;
    }

    static TestCorpus empty(Path root) {
        return new TestCorpus(new Database("jdbc:h2:file:" + root.resolve("db").resolve("alphanode")));
    }

    List<String> slugs(String where) {
        return query("SELECT slug FROM post " + where + " ORDER BY slug");
    }

    List<String> query(String sql) {
        try (Connection conn = db.connection(); Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    @Override
    public void close() {
        db.close();
    }
}
