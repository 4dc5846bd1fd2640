package dev.alphanode;

import dev.alphanode.config.Config;
import dev.alphanode.render.Markdown;
import dev.alphanode.render.PageRenderer;
import dev.alphanode.render.Templates;
import dev.alphanode.similar.TaxonomyOverlap;
import dev.alphanode.site.ContentImporter;
import dev.alphanode.site.ImportReport;
import dev.alphanode.site.Pages;
import dev.alphanode.site.SiteState;
import dev.alphanode.store.Database;
import dev.alphanode.store.PostStore;
import dev.alphanode.web.Health;
import dev.alphanode.web.WebServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A running site: builds the object graph in dependency order, imports content, serves HTTP. */
public final class App implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(App.class);

    private final Database db;
    private final ContentImporter importer;
    private final SiteState state;
    private final WebServer web;

    private App(Database db, ContentImporter importer, SiteState state, WebServer web) {
        this.db = db;
        this.importer = importer;
        this.state = state;
        this.web = web;
    }

    public static App start(Config config) {
        long started = System.nanoTime();
        String version = Version.current();
        Database db = new Database(config.dbUrl());
        try {
            PostStore store = new PostStore(db);
            SiteState state = new SiteState();
            ContentImporter importer = new ContentImporter(config.contentDir(), store, state);
            ImportReport report = importer.importAll();
            Pages pages = new Pages(store, new TaxonomyOverlap(db), new Markdown(),
                    new PageRenderer(new Templates(config.templatesDir())), state, config.baseUrl());
            WebServer web = new WebServer(pages, new Health(store, state, version), config.contentDir(),
                    config.adminToken(), "https".equals(config.baseUrl().getScheme())).start(config.port());
            log.info("alphanode {} ready on http://localhost:{} in {} ms: {} posts, {} content errors", version,
                    web.port(), (System.nanoTime() - started) / 1_000_000, store.countPublished(), report.errorCount());
            return new App(db, importer, state, web);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    public int port() {
        return web.port();
    }

    /** The latest import: the one at start-up until {@link #reimport()} runs. */
    public ImportReport lastImport() {
        return state.lastImport();
    }

    /** Re-reads content/ (unchanged files are skipped by hash). */
    public ImportReport reimport() {
        return importer.importAll();
    }

    @Override
    public void close() {
        web.close();
        db.close();
    }
}
