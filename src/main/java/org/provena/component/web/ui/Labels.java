package org.provena.component.web.ui;

import java.time.LocalDate;
import java.util.Locale;

/** How enum values and dates read in the portal. */
final class Labels {

  private Labels() {}

  /** {@code ACTIVELY_MAINTAINED} → "Actively maintained". */
  static String of(Enum<?> value) {
    if (value == null) {
      return "";
    }
    String words = value.name().replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  static String until(LocalDate endOfSupport) {
    return endOfSupport == null ? ", no end-of-support date" : " until " + endOfSupport;
  }
}
