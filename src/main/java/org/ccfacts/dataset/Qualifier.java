package org.ccfacts.dataset;

import java.util.Arrays;
import java.util.Optional;

/** How a published figure relates to the true value. */
public enum Qualifier {
    /** The source states the value itself. */
    EXACT("exact"),
    /** The source says "more than" / "exceeded": the true value is at least this. */
    LOWER_BOUND("lower-bound"),
    /** The source gives the value as a conversion or an estimate ("≈"). */
    APPROXIMATE("approximate");

    private final String code;

    Qualifier(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Qualifier> fromCode(String code) {
        return Arrays.stream(values()).filter(q -> q.code.equals(code)).findFirst();
    }
}
