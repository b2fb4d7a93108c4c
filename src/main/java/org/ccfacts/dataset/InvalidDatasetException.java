package org.ccfacts.dataset;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when {@code data/} does not validate; carries every error found, not only the first. */
public final class InvalidDatasetException extends RuntimeException {

    private final transient List<DatasetError> errors;

    public InvalidDatasetException(List<DatasetError> errors) {
        super(errors.size() + " error(s) in the dataset:\n  "
                + errors.stream().map(DatasetError::toString).collect(Collectors.joining("\n  ")));
        this.errors = List.copyOf(errors);
    }

    public List<DatasetError> errors() {
        return errors;
    }
}
