package org.provena.scoring.web.ui.charts;

import org.provena.scoring.domain.Grade;

/**
 * The colours of the charts, taken from the Lumo theme so that they follow it (dark mode included);
 * each has a fallback for a page without Lumo. CSS variables only work in a {@code style}
 * attribute, not in SVG presentation attributes, hence whole declarations.
 */
final class Palette {

  static final String GOOD = "var(--lumo-success-color, #158443)";
  static final String BAD = "var(--lumo-error-color, #d72638)";
  static final String NEUTRAL = "var(--lumo-secondary-text-color, #5e6c80)";
  static final String LINE = "var(--lumo-primary-color, #1676f3)";
  static final String TEXT = "var(--lumo-body-text-color, #1a2738)";
  static final String GRID = "var(--lumo-contrast-20pct, #d5d9de)";

  /** One colour per compared supplier, told apart by hue and lightness alike. */
  static final String[] SERIES = {
    "var(--lumo-primary-color, #1676f3)", "#e07b00", "#7a3db8", "#2a9d8f"
  };

  private Palette() {}

  /** The shade of a grade's band: green for A and B, grey for C and D, red for E and F. */
  static String band(Grade grade) {
    return switch (grade) {
      case A -> "fill:" + GOOD + ";fill-opacity:0.16";
      case B -> "fill:" + GOOD + ";fill-opacity:0.08";
      case C -> "fill:" + NEUTRAL + ";fill-opacity:0.05";
      case D -> "fill:" + NEUTRAL + ";fill-opacity:0.11";
      case E -> "fill:" + BAD + ";fill-opacity:0.08";
      case F -> "fill:" + BAD + ";fill-opacity:0.14";
    };
  }
}
