package org.ccfacts.dataset;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Thrown when {@code data/} does not validate; carries every error found, not only the first. */
public final class InvalidDatasetException extends RuntimeException {

    private final transient List<DatasetError> errors;

    public InvalidDatasetException(List<DatasetError> errors) {
        this(errors, "");
    }

    /**
     * For the operator starting the app: the message names the folder, which the errors themselves never
     * do (they are public at {@code /api/dataset/status}).
     */
    public InvalidDatasetException(List<DatasetError> errors, Path folder) {
        this(errors, " in " + folder.toAbsolutePath());
    }

    private InvalidDatasetException(List<DatasetError> errors, String where) {
        super(errors.size() + " error(s) in the dataset" + where + ":\n  "
                + errors.stream().map(DatasetError::toString).collect(Collectors.joining("\n  ")));
        this.errors = List.copyOf(errors);
    }

    public List<DatasetError> errors() {
        return errors;
    }
}
