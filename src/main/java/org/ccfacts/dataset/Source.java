package org.ccfacts.dataset;

import java.util.Optional;

/**
 * A publication that figures are taken from.
 *
 * @param publisher who published it (e.g. "bne IntelliNews")
 * @param title     its title where known; absent rather than guessed
 * @param dataFrom  the statistics office the publication quotes, e.g. "General Administration of Customs of China"
 * @param date      when it was published; absent where the sources do not say
 * @param language  ISO 639-1 code of the publication's language, where known
 * @param note      what a reader should know about the source (a copy on another host, a title taken from
 *                  the address), in the reader's language like observation notes
 */
public record Source(String id, String publisher, Optional<String> title, Optional<PartialDate> date,
                     Optional<String> language,
                     Optional<String> url, Optional<String> dataFrom, Optional<LocalizedText> note, int line) {
}
