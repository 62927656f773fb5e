package org.provena.scoring.domain;

import java.util.Objects;

/**
 * Something the release, supplier or device owes: one of the checks of PRODUCT.md "What the scoring
 * must check" failing for it, with how much it matters, a sentence saying what is wrong and what
 * would close it, and a portal path to where it can be closed ({@code null} when there is none).
 */
public record OpenItem(String check, Severity severity, String message, String evidence) {

  /** How urgently an open item needs attention; a critical one caps the grade it belongs to. */
  public enum Severity {
    CRITICAL,
    HIGH,
    MEDIUM,
    LOW
  }

  public OpenItem {
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
  }
}
