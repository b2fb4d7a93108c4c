package org.ccfacts.dataset;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the dataset lives and how changes to it are picked up.
 *
 * @param folder         {@code ccfacts.data.folder} (environment: {@code CCFACTS_DATA_FOLDER}), {@code ./data} by default
 * @param watch          {@code ccfacts.data.watch}: reload when the files change while the app runs
 * @param reloadDebounce {@code ccfacts.data.reload-debounce}: how long the files must stay unchanged before a
 *                       reload, so an editor's save (often several writes and a rename) is read once, whole
 */
@ConfigurationProperties("ccfacts.data")
public record DatasetProperties(Path folder, boolean watch, Duration reloadDebounce) {

    @ConstructorBinding
    public DatasetProperties(@DefaultValue("data") Path folder, @DefaultValue("true") boolean watch,
                             @DefaultValue("500ms") Duration reloadDebounce) {
        this.folder = folder;
        this.watch = watch;
        this.reloadDebounce = reloadDebounce;
    }

    /** A folder read once, not watched: for tools and tests. */
    public DatasetProperties(Path folder) {
        this(folder, false, Duration.ofMillis(500));
    }
}
