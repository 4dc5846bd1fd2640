package dev.alphanode.sync;

import dev.alphanode.content.SiteSettings;
import java.util.concurrent.atomic.AtomicReference;

/** The live site settings and the outcome of the latest import, swapped atomically. */
public final class SiteState {
    private final AtomicReference<SiteSettings> settings = new AtomicReference<>(SiteSettings.defaults());
    private final AtomicReference<ImportReport> lastImport = new AtomicReference<>();

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
}
