package org.ccfacts.stewardship;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.ccfacts.dataset.Dataset;
import org.ccfacts.dataset.DatasetError;
import org.ccfacts.dataset.DatasetReader;
import org.ccfacts.dataset.InvalidDatasetException;

/**
 * {@code bin/check-data [--json] [FOLDER]} and {@code java -jar app.jar --check-data [--json] [FOLDER]}: validates a
 * data folder as the app does when it loads or reloads it, and exits 0 when the app would accept it, 1 when not.
 *
 * <p>One code path: the folder is read by {@link DatasetReader}, the class the app reads it with, and every problem
 * is printed as the app logs and publishes it ({@link DatasetError#toString()}: {@code file:line: field 'f': message}).
 * Nothing of Spring or Vaadin is started, so the check takes a JVM start and one read of the folder (well under
 * 2 s on {@code data/}), fit for a pre-commit hook.
 */
public final class CheckData {

    static final int VALID = 0;
    static final int INVALID = 1;

    private static final String USAGE = """
            Usage: check-data [--json] [FOLDER]
              Checks the data folder (default: data) with the app's own reader and prints every problem
              as file:line: field 'name': message. Exit status 0 when the app would accept the folder, 1 when not.
              --json  one JSON object instead: {"folder", "valid", "version", "counts", "errors": [{file, line, field, message}]}
            """;

    private CheckData() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the check; returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        boolean json = false;
        List<String> folders = new ArrayList<>();
        for (String arg : args) {
            switch (arg) {
                case "--json" -> json = true;
                case "-h", "--help" -> {
                    out.print(USAGE);
                    return VALID;
                }
                default -> {
                    if (arg.startsWith("-")) {
                        err.print("check-data: unknown option " + arg + "\n" + USAGE);
                        return INVALID;
                    }
                    folders.add(arg);
                }
            }
        }
        if (folders.size() > 1) {
            err.print("check-data: one folder at a time\n" + USAGE);
            return INVALID;
        }
        String folder = folders.isEmpty() ? "data" : folders.getFirst();
        Result result = check(Path.of(folder));
        if (json) {
            out.println(result.json(folder));
        } else {
            result.errors().forEach(out::println);
            err.println(result.summary(folder));
        }
        return result.valid() ? VALID : INVALID;
    }

    static Result check(Path folder) {
        try {
            return new Result(new DatasetReader(Clock.systemUTC()).read(folder), List.of());
        } catch (InvalidDatasetException e) {
            return new Result(null, e.errors());
        } catch (RuntimeException | StackOverflowError e) {
            // the app refuses such a folder too (DatasetService.reload), with this message
            return new Result(null, List.of(new DatasetError("", 0, "",
                    "could not be read because of an unexpected error (" + e.getClass().getSimpleName() + ")")));
        }
    }

    /** The dataset when the folder is valid, else the problems in reading order. */
    record Result(Dataset dataset, List<DatasetError> errors) {

        boolean valid() {
            return dataset != null;
        }

        String summary(String folder) {
            if (!valid()) {
                return "check-data: " + errors.size() + " problem(s) in " + folder + "; the app would refuse it";
            }
            return "check-data: " + folder + " is valid (version " + dataset.version() + ": " + counts() + ")";
        }

        private String counts() {
            return dataset.sources().size() + " sources, " + dataset.measures().size() + " measures, "
                    + dataset.observations().size() + " observations, " + dataset.polls().size() + " polls, "
                    + dataset.events().size() + " events, " + dataset.lists().size() + " lists";
        }

        /** Written by hand: the check loads no JSON library, to start fast. */
        String json(String folder) {
            StringBuilder s = new StringBuilder("{\"folder\":").append(quoted(folder))
                    .append(",\"valid\":").append(valid())
                    .append(",\"version\":").append(valid() ? quoted(dataset.version()) : "null")
                    .append(",\"counts\":");
            if (valid()) {
                s.append("{\"sources\":").append(dataset.sources().size())
                        .append(",\"measures\":").append(dataset.measures().size())
                        .append(",\"observations\":").append(dataset.observations().size())
                        .append(",\"polls\":").append(dataset.polls().size())
                        .append(",\"events\":").append(dataset.events().size())
                        .append(",\"lists\":").append(dataset.lists().size()).append('}');
            } else {
                s.append("null");
            }
            s.append(",\"errors\":[");
            for (int i = 0; i < errors.size(); i++) {
                DatasetError e = errors.get(i);
                s.append(i == 0 ? "" : ",").append("{\"file\":").append(quoted(e.file()))
                        .append(",\"line\":").append(e.line())
                        .append(",\"field\":").append(quoted(e.field()))
                        .append(",\"message\":").append(quoted(e.message()))
                        .append(",\"text\":").append(quoted(e.toString())).append('}');
            }
            return s.append("]}").toString();
        }

        static String quoted(String text) {
            StringBuilder s = new StringBuilder("\"");
            for (char c : text.toCharArray()) {
                switch (c) {
                    case '"' -> s.append("\\\"");
                    case '\\' -> s.append("\\\\");
                    case '\n' -> s.append("\\n");
                    case '\r' -> s.append("\\r");
                    case '\t' -> s.append("\\t");
                    default -> {
                        if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                            s.append(String.format("\\u%04x", (int) c));
                        } else {
                            s.append(c);
                        }
                    }
                }
            }
            return s.append('"').toString();
        }
    }
}
