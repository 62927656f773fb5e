package org.provena.scoring.domain;

/** The letter a score earns: A for 90 and above, down in steps of ten to F below 50. */
public enum Grade {
  A,
  B,
  C,
  D,
  E,
  F;

  public static Grade of(int score) {
    if (score < 0 || score > 100) {
      throw new IllegalArgumentException("A score lies between 0 and 100: " + score);
    }
    if (score >= 90) {
      return A;
    }
    if (score >= 80) {
      return B;
    }
    if (score >= 70) {
      return C;
    }
    if (score >= 60) {
      return D;
    }
    if (score >= 50) {
      return E;
    }
    return F;
  }
}
