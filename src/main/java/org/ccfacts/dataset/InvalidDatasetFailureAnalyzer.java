package org.ccfacts.dataset;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a bad dataset at start-up into a plain list of problems instead of a stack trace. */
final class InvalidDatasetFailureAnalyzer extends AbstractFailureAnalyzer<InvalidDatasetException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidDatasetException cause) {
        return new FailureAnalysis(
                "The dataset in the data folder is not valid, so the dashboard did not start.\n" + cause.getMessage(),
                "Fix the files and lines listed above (or point ccfacts.data.folder / CCFACTS_DATA_FOLDER at a valid"
                        + " dataset), then start again.",
                cause);
    }
}
