package dev.alphanode.sync;

import dev.alphanode.content.SiteSettings;
import java.util.concurrent.atomic.AtomicReference;

/** The live site settings, the outcome of the latest import and what the search index holds, swapped atomically. */
public final class SiteState {
    private final AtomicReference<SiteSettings> settings = new AtomicReference<>(SiteSettings.defaults());
    private final AtomicReference<ImportReport> lastImport = new AtomicReference<>();
    private final AtomicReference<String> searchFingerprint = new AtomicReference<>("");

    public SiteSettings settings() {
        return settings.get();
    }

    void settings(SiteSettings next) {
        settings.set(next);
    }

    /** The latest import, or null before the first one finished. */
    public ImportReport lastImport() {
        return lastImport.get();
    }

    void lastImport(ImportReport report) {
        lastImport.set(report);
    }

    /**
     * The fingerprint of the published posts the search index holds ({@code PostStore.publishedFingerprint}):
     * set once the index took a change, so a search cached under it shows that content.
     */
    public String searchFingerprint() {
        return searchFingerprint.get();
    }

    void searchFingerprint(String fingerprint) {
        searchFingerprint.set(fingerprint);
    }
}
