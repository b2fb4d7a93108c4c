package org.ccfacts.history;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where accepted versions are kept.
 *
 * @param folder {@code ccfacts.history.folder} (environment: {@code CCFACTS_HISTORY_FOLDER}), {@code ./data-history}
 *               by default: outside the data folder, which the app never writes to. Replicas that should show the same
 *               history share it (docs/HISTORY.md).
 */
@ConfigurationProperties("ccfacts.history")
public record HistoryProperties(Path folder) {

    @ConstructorBinding
    public HistoryProperties(@DefaultValue("data-history") Path folder) {
        this.folder = folder;
    }
}
