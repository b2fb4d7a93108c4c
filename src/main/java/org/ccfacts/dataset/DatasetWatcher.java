package org.ccfacts.dataset;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Reloads the dataset when its files change, once they have stayed unchanged for the debounce time.
 *
 * <p>Two signals, because neither is enough alone: the file system's {@link WatchService} wakes us at
 * once on Linux, while a cheap look at each file's size, time and identity every tick catches what it
 * misses — editors that save by writing a new file and renaming it over the old one, a data folder that
 * is itself replaced or re-linked, and platforms where the JDK's watch service only polls slowly.
 * Started and stopped with the Spring context; off with {@code ccfacts.data.watch=false}.
 */
@Component
final class DatasetWatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DatasetWatcher.class);

    private final DatasetService service;
    private final DatasetProperties properties;
    private volatile Thread thread;

    DatasetWatcher(DatasetService service, DatasetProperties properties) {
        this.service = service;
        this.properties = properties;
    }

    @Override
    public boolean isAutoStartup() {
        return properties.watch();
    }

    @Override
    public synchronized void start() {
        if (thread != null) {
            return;
        }
        thread = new Thread(this::watch, "dataset-watcher");
        thread.setDaemon(true);
        thread.start();
        log.info("Watching {} for changes (debounce {} ms)", properties.folder().toAbsolutePath(),
                properties.reloadDebounce().toMillis());
    }

    @Override
    public synchronized void stop() {
        Thread running = thread;
        thread = null;
        if (running != null) {
            running.interrupt();
            try {
                running.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }

    private void watch() {
        long debounceNanos = properties.reloadDebounce().toNanos();
        // tick often enough that the debounce is honoured closely, rarely enough to cost nothing
        long tickMillis = Math.max(10, Math.min(250, properties.reloadDebounce().toMillis() / 4));
        Path folder = properties.folder();
        try (WatchService events = folder.getFileSystem().newWatchService()) {
            Fingerprint seen = Fingerprint.of(folder);
            WatchKey key = register(events, folder);
            // one reload once settled: a save between the service's first read and this point is not lost
            // (a reload of unchanged files keeps the version as it is)
            long changedAt = System.nanoTime();
            while (thread == Thread.currentThread()) {
                boolean changed = false;
                WatchKey signalled = events.poll(tickMillis, TimeUnit.MILLISECONDS);
                while (signalled != null) {
                    changed |= signalled.pollEvents().stream().anyMatch(event -> event.kind() == StandardWatchEventKinds.OVERFLOW
                            || event.context() instanceof Path name && DatasetReader.FILES.contains(name.toString()));
                    signalled.reset();
                    signalled = events.poll();
                }
                Fingerprint now = Fingerprint.of(folder);
                if (!now.equals(seen)) {
                    if (!Objects.equals(now.folder(), seen.folder()) || key == null || !key.isValid()) {
                        // the folder itself was replaced or re-linked: watch the new one
                        if (key != null) {
                            key.cancel();
                        }
                        key = register(events, folder);
                    }
                    seen = now;
                    changed = true;
                }
                if (changed) {
                    changedAt = System.nanoTime();
                } else if (changedAt >= 0 && System.nanoTime() - changedAt >= debounceNanos) {
                    changedAt = -1;
                    reload();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            log.error("Watching {} stopped: changes to the data are no longer picked up until restart",
                    folder.toAbsolutePath(), e);
        }
    }

    /** A failed reload is reported and the watching goes on: the next save may well fix it. */
    private void reload() {
        try {
            service.reload();
        } catch (RuntimeException | Error e) {
            log.error("Reloading {} failed; still watching for the next change", properties.folder().toAbsolutePath(), e);
        }
    }

    private static WatchKey register(WatchService events, Path folder) {
        try {
            return folder.toRealPath().register(events, StandardWatchEventKinds.ENTRY_CREATE,
                    StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
        } catch (IOException e) {
            // the folder is gone for now (being replaced?): the fingerprint keeps looking
            return null;
        }
    }

    /** Identity, size and modification time of the folder and of each data file: cheap to read, changes on any save. */
    record Fingerprint(Object folder, List<Object> files) {

        static Fingerprint of(Path folder) {
            Object folderKey = key(folder);
            List<Object> files = new ArrayList<>();
            for (String file : DatasetReader.FILES) {
                files.add(key(folder.resolve(file)));
            }
            return new Fingerprint(folderKey, files);
        }

        private static Object key(Path path) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
                return List.of(Objects.toString(attributes.fileKey()), attributes.size(),
                        attributes.lastModifiedTime().toMillis(), attributes.lastModifiedTime().toString());
            } catch (IOException e) {
                return "absent";
            }
        }
    }
}
