package org.provena.shared.domain;

/**
 * Text from uploaded documents cut to the columns that keep it: an author, a signer or a reason
 * longer than its column says as much in its first few thousand characters, and a document must not
 * fail to store because a descriptive field ran long.
 */
public final class Texts {

  private Texts() {}

  /** The text, or its first {@code max - 1} characters and an ellipsis; null stays null. */
  public static String clip(String text, int max) {
    if (text == null || text.length() <= max) {
      return text;
    }
    return text.substring(0, max - 1) + "…";
  }
}
