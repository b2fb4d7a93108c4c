package org.ccfacts.dataset;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the dataset lives: {@code ccfacts.data.folder} (environment: {@code CCFACTS_DATA_FOLDER}),
 * {@code ./data} by default.
 */
@ConfigurationProperties("ccfacts.data")
public record DatasetProperties(@DefaultValue("data") Path folder) {
}
