package org.ccfacts.dataset;

/**
 * One problem found in {@code data/}: where it is and what is wrong, in words a data editor can act on.
 *
 * @param file  the file's name inside the data folder
 * @param line  1-based line, or 0 when the problem concerns the whole file
 * @param field the field (key) concerned, or empty when the problem is not about one field
 */
public record DatasetError(String file, int line, String field, String message) {

    @Override
    public String toString() {
        String where = line > 0 ? file + ":" + line : file;
        return field.isEmpty() ? where + ": " + message : where + ": field '" + field + "': " + message;
    }
}
