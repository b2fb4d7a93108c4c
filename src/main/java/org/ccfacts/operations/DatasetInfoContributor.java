package org.ccfacts.operations;

import java.util.Map;

import org.ccfacts.dataset.DatasetService;
import org.ccfacts.dataset.DatasetStatus;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/info} names the dataset version a replica serves, so replicas behind one proxy
 * can be checked for serving the same data (docs/DEPLOYMENT.md). The app version comes from build-info.
 */
@Component
class DatasetInfoContributor implements InfoContributor {

    private final DatasetService datasetService;

    DatasetInfoContributor(DatasetService datasetService) {
        this.datasetService = datasetService;
    }

    @Override
    public void contribute(Info.Builder builder) {
        DatasetStatus status = datasetService.status();
        builder.withDetail("dataset", Map.of("version", status.version(), "loadedAt", status.loadedAt().toString()));
    }
}
