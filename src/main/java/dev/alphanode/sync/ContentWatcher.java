package dev.alphanode.sync;

import dev.alphanode.config.Config;
import dev.alphanode.ops.Faults;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches content/ and hands every burst of changes to {@link ContentSync}: inotify events
 * through the JDK WatchService (new folders are watched as they appear), or, where events do not
 * arrive (bind mounts, network filesystems), a poll of sizes and modification times. A burst
 * ends after {@code quiet} without events (or {@code maxDelay} after it began).
 */
public final class ContentWatcher implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ContentWatcher.class);


    private final Path contentDir;
    private final ContentSync sync;
    private final Config.Watch mode;
    private final Duration pollInterval;
    private final Duration quiet;
    private final Duration maxDelay;
    private final Faults faults;
    private final Map<WatchKey, Path> watched = new HashMap<>();
    private WatchService service;
    private Thread thread;
    private volatile boolean running;

    public ContentWatcher(Path contentDir, ContentSync sync, Config.Watch mode, Duration pollInterval, Faults faults) {
        this.faults = faults;
        this.contentDir = contentDir;
        this.sync = sync;
        this.mode = mode;
        this.pollInterval = pollInterval;
        this.quiet = Duration.ofMillis(15);
        this.maxDelay = Duration.ofMillis(250);
    }

    public ContentWatcher start() {
        if (mode == Config.Watch.OFF) {
            return this;
        }
        running = true;
        thread = new Thread(mode == Config.Watch.EVENTS ? this::watchEvents : this::poll, "alphanode-content-watcher");
        thread.setDaemon(true);
        if (mode == Config.Watch.EVENTS) {
            try {
                service = FileSystems.getDefault().newWatchService();
                registerTree(contentDir);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("watching " + contentDir + " failed (set ANP_WATCH=poll"
                        + " where file events are not available)", e);
            }
        }
        thread.start();
        log.info("watching {} for changes ({})", contentDir, mode == Config.Watch.EVENTS ? "file events" : "poll every "
                + pollInterval.toMillis() + " ms");
        return this;
    }

    private void watchEvents() {
        while (running) {
            try {
                Set<String> changed = new TreeSet<>();
                WatchKey first = service.take();
                long burstStart = System.nanoTime();
                boolean overflow = drain(first, changed);
                WatchKey next;
                while ((next = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    overflow |= drain(next, changed);
                    if (System.nanoTime() - burstStart > maxDelay.toNanos()) {
                        break;
                    }
                }
                apply(changed, overflow);
            } catch (InterruptedException | ClosedWatchServiceException e) {
                return;
            } catch (Throwable e) {
                failed("a file change", e);
            }
        }
    }

    /**
     * One failed sync must not end the watcher (edits would go unnoticed from then on): an exception
     * is logged and the next change is synced again; an {@code Error} (out of memory, a class that
     * failed to initialise) is a fault of the instance, which a restart clears.
     */
    private void failed(String after, Throwable e) {
        if (e instanceof Error error) {
            faults.record("the content watcher (sync after " + after + ")", error);
        } else {
            log.error("content sync after {} failed; the last good content keeps being served", after, e);
        }
    }

    /** Whether changes are still noticed: the watcher thread runs (or watching is off). */
    public boolean alive() {
        return mode == Config.Watch.OFF || thread != null && thread.isAlive();
    }

    /** Collects the changed paths of one key's events; true on overflow (events were lost). */
    private boolean drain(WatchKey key, Set<String> changed) {
        Path dir = watched.get(key);
        boolean overflow = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW || dir == null) {
                overflow = true;
                continue;
            }
            Path path = dir.resolve((Path) event.context());
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
                registerTreeQuietly(path);
            }
            String relative = contentDir.relativize(path).toString().replace('\\', '/');
            if (relative.startsWith("posts/") || relative.equals("posts") || relative.equals("site.yml")) {
                changed.add(relative);
            }
        }
        if (!key.reset()) {
            watched.remove(key);
        }
        return overflow;
    }

    private void apply(Set<String> changed, boolean overflow) {
        if (overflow) {
            log.info("file events overflowed; re-reading all of content/");
            sync.sync();
        } else if (!changed.isEmpty()) {
            sync.sync(changed);
        }
    }

    private void poll() {
        Map<String, String> before = snapshot();
        while (running) {
            try {
                Thread.sleep(pollInterval.toMillis());
                Map<String, String> now = snapshot();
                Set<String> changed = new TreeSet<>();
                now.forEach((path, stamp) -> {
                    if (!stamp.equals(before.get(path))) {
                        changed.add(path);
                    }
                });
                before.keySet().stream().filter(path -> !now.containsKey(path)).forEach(changed::add);
                before.clear();
                before.putAll(now);
                apply(changed, false);
            } catch (InterruptedException e) {
                return;
            } catch (Throwable e) {
                failed("a polled change", e);
            }
        }
    }

    /** Relative path → size and modification time of site.yml and every file under posts/. */
    private Map<String, String> snapshot() {
        Map<String, String> stamps = new HashMap<>();
        try {
            Path site = contentDir.resolve("site.yml");
            if (Files.isRegularFile(site)) {
                stamps.put("site.yml", Files.size(site) + "@" + Files.getLastModifiedTime(site).toMillis());
            }
            Path posts = contentDir.resolve("posts");
            if (Files.isDirectory(posts)) {
                Files.walkFileTree(posts, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        stamps.put(contentDir.relativize(file).toString().replace('\\', '/'),
                                attrs.size() + "@" + attrs.lastModifiedTime().toMillis());
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        return FileVisitResult.CONTINUE;
                    }
                });
            }
        } catch (IOException e) {
            log.warn("polling {} failed: {}", contentDir, e.getMessage());
        }
        return stamps;
    }

    private void registerTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                WatchKey key = dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY);
                watched.put(key, dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void registerTreeQuietly(Path dir) {
        try {
            registerTree(dir);
        } catch (IOException e) {
            log.warn("cannot watch new folder {}: {}", dir, e.getMessage());
        }
    }

    @Override
    public void close() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
        if (service != null) {
            try {
                service.close();
            } catch (IOException e) {
                log.warn("closing the content watcher failed: {}", e.getMessage());
            }
        }
    }
}
