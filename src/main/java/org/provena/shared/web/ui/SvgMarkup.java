package org.provena.shared.web.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * SVG markup written element by element. Every attribute value and every text is escaped, so a
 * supplier name or a factor label can never turn into markup or script; names of elements and
 * attributes come from our code and are checked; elements close in the order they opened, so the
 * result is always well-formed XML.
 */
public final class SvgMarkup {

  /** The SVG namespace, declared on the root element. */
  public static final String NAMESPACE = "http://www.w3.org/2000/svg";

  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9:-]*");

  private final StringBuilder out = new StringBuilder(512);
  private final Deque<String> open = new ArrayDeque<>();

  /**
   * Opens an element; {@code attributes} alternate name and value, and a null value leaves the
   * attribute out.
   */
  public SvgMarkup open(String tag, String... attributes) {
    start(tag, attributes);
    out.append('>');
    open.push(tag);
    return this;
  }

  /** An element without content, such as a {@code rect}. */
  public SvgMarkup empty(String tag, String... attributes) {
    start(tag, attributes);
    out.append("/>");
    return this;
  }

  /** An element holding only text, such as a {@code title} or a {@code text}. */
  public SvgMarkup text(String tag, String text, String... attributes) {
    start(tag, attributes);
    out.append('>');
    escape(text == null ? "" : text, out);
    out.append("</").append(tag).append('>');
    return this;
  }

  /** Text inside the element opened last, after any child elements written so far. */
  public SvgMarkup content(String text) {
    if (open.isEmpty()) {
      throw new IllegalStateException("Text needs an element around it");
    }
    escape(text == null ? "" : text, out);
    return this;
  }

  /** Closes the element opened last. */
  public SvgMarkup close() {
    if (open.isEmpty()) {
      throw new IllegalStateException("No element is open");
    }
    out.append("</").append(open.pop()).append('>');
    return this;
  }

  /** The markup written; every element must have been closed. */
  public String markup() {
    if (!open.isEmpty()) {
      throw new IllegalStateException("Elements still open: " + open);
    }
    return out.toString();
  }

  /** A coordinate or length: at most two decimals, a dot as separator whatever the locale. */
  public static String number(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("Not a coordinate: " + value);
    }
    double rounded = Math.round(value * 100) / 100.0;
    if (rounded == Math.rint(rounded)) {
      return Long.toString((long) rounded);
    }
    return String.format(Locale.ROOT, "%.2f", rounded).replaceAll("0$", "");
  }

  private void start(String tag, String... attributes) {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("Attributes come in name-value pairs: " + tag);
    }
    out.append('<').append(checkedName(tag));
    for (int i = 0; i < attributes.length; i += 2) {
      if (attributes[i + 1] == null) {
        continue;
      }
      out.append(' ').append(checkedName(attributes[i])).append("=\"");
      escape(attributes[i + 1], out);
      out.append('"');
    }
  }

  private static String checkedName(String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("Not an XML name: " + name);
    }
    return name;
  }

  /**
   * Escapes text for element content and double-quoted attributes alike. Characters XML 1.0 does
   * not allow at all (most C0 controls, lone surrogates, U+FFFE and U+FFFF, XML 1.0 section 2.2)
   * become U+FFFD: escaping cannot save them, and one of them would make the whole chart unreadable
   * to an XML parser.
   */
  static void escape(String text, StringBuilder to) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> to.append("&amp;");
        case '<' -> to.append("&lt;");
        case '>' -> to.append("&gt;");
        case '"' -> to.append("&quot;");
        case '\'' -> to.append("&#39;");
        // Kept as references: a parser would otherwise normalise them to spaces in attributes.
        case '\t' -> to.append("&#9;");
        case '\n' -> to.append("&#10;");
        case '\r' -> to.append("&#13;");
        default -> {
          if (Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1))) {
            to.append(c).append(text.charAt(++i));
          } else if (c < 0x20 || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
            to.append('\uFFFD');
          } else {
            to.append(c);
          }
        }
      }
    }
  }
}
