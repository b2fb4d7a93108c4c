package org.ccfacts.dataset;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A survey result as published: the share of respondents agreeing with {@code question}. The source
 * gives no sample size or margin of error, so there are none here.
 */
public record Poll(String id, LocalizedText question, BigDecimal share, String pollster, PartialDate date,
                   String source, Optional<String> quote, int line) {
}
