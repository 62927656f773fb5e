package org.provena.scoring.domain;

import static org.provena.scoring.domain.ScoreSheet.plural;
import static org.provena.scoring.domain.ScoringWeights.*;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.provena.scoring.domain.OpenItem.Severity;

/**
 * Scores a device release (docs/scoring.md, "Device release"): the mean of its component releases'
 * scores, each weighted by its IEC 62304 class times its exposure in this device and more the worse
 * it scores, less what component support ending before the device's own takes away. A component's
 * critical open items (an unanswered KEV vulnerability, an FDA fix deadline missed) become the
 * device's and cap its grade (PRODUCT.md check 9: the device inherits its components' findings).
 */
public final class DeviceScoring {

  private DeviceScoring() {}

  /**
   * @param releaseScores the current scores of (at least) the device's component releases; one
   *     without a score is left out of the mean and shown as an open item
   */
  public static Score score(
      DeviceInputs device, Map<UUID, Score> releaseScores, Instant now, ScoringWeights weights) {
    ScoreSheet sheet = new ScoreSheet();
    components(device, releaseScores, weights, sheet);
    endOfSupport(device, now, weights, sheet);
    return sheet.score(weights);
  }

  private static void components(
      DeviceInputs device, Map<UUID, Score> scores, ScoringWeights w, ScoreSheet sheet) {
    String link = EvidenceLinks.deviceRelease(device.deviceReleaseId());
    List<RollUp.Entry> entries = new ArrayList<>();
    DeviceInputs.Component heaviest = null;
    double heaviestWeight = -1;
    for (DeviceInputs.Component c : device.components()) {
      Score s = scores.get(c.componentReleaseId());
      String position = position(c);
      if (s == null) {
        sheet.item(
            Checks.COMPONENT_UNSCORED,
            Severity.LOW,
            label(c) + " (" + position + ") is not scored yet and is left out",
            link);
        continue;
      }
      double base = criticality(c.criticality(), w) * exposure(c.exposure(), w);
      entries.add(new RollUp.Entry(s.value(), base));
      double effective = base * (1 + w.value(DEVICE_WORST_BIAS) * (100 - s.value()) / 100.0);
      if (effective > heaviestWeight) {
        heaviest = c;
        heaviestWeight = effective;
      }
      for (OpenItem item : s.openItems()) {
        if (item.severity() == Severity.CRITICAL) {
          sheet.item(
              item.check(),
              Severity.CRITICAL,
              label(c) + " (" + position + "): " + item.message(),
              item.evidence());
        }
      }
      if (s.grade().compareTo(Grade.C) > 0) {
        boolean exposed = c.criticality().equals("CLASS_C") || c.exposure().equals("NETWORKED");
        sheet.item(
            Checks.COMPONENT_RISK,
            exposed ? Severity.HIGH : Severity.MEDIUM,
            label(c) + " is graded " + s.grade() + " (" + s.value() + ") as " + position,
            EvidenceLinks.findings(c.componentReleaseId()));
      }
    }
    if (entries.isEmpty()) {
      sheet.factor(
          "COMPONENTS",
          "Component releases",
          0,
          device.components().isEmpty()
              ? device.label() + " lists no component release"
              : "No component release of " + device.label() + " is scored yet",
          link);
      return;
    }
    double mean = RollUp.worstWeightedMean(entries, w.value(DEVICE_WORST_BIAS));
    sheet.factor(
        "COMPONENTS",
        "Component releases",
        ScoreSheet.round(mean - 100),
        "Mean of "
            + plural(entries.size(), "component release score", "component release scores")
            + " weighted by IEC 62304 class × exposure, the worse weighing more: "
            + ScoreSheet.decimal(mean)
            + "; weighing most: "
            + label(heaviest)
            + " ("
            + position(heaviest)
            + ", "
            + scores.get(heaviest.componentReleaseId()).value()
            + ")",
        link);
  }

  /** Check 2 for the device: component support ending before the device's planned end. */
  private static void endOfSupport(
      DeviceInputs device, Instant now, ScoringWeights w, ScoreSheet sheet) {
    String link = EvidenceLinks.deviceRelease(device.deviceReleaseId());
    LocalDate deviceEnd = device.plannedEndOfSupport();
    if (deviceEnd == null) {
      sheet.item(
          Checks.DEVICE_SUPPORT_UNPLANNED,
          Severity.LOW,
          device.label()
              + " has no planned end of support, so component support cannot be checked against"
              + " it",
          link);
      return;
    }
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    LocalDate warnFrom = today.plusMonths((long) w.value(DEVICE_EOS_WARN_MONTHS));
    int before = 0;
    List<String> which = new ArrayList<>();
    for (DeviceInputs.Component c : device.components()) {
      LocalDate end = c.endOfSupport();
      if (end == null) {
        sheet.item(
            Checks.SUPPORT_UNKNOWN,
            Severity.MEDIUM,
            label(c)
                + " declares no end of support: whether it is supported until "
                + device.label()
                + "'s planned end of support ("
                + deviceEnd
                + ") cannot be told",
            EvidenceLinks.findings(c.componentReleaseId()));
        continue;
      }
      if (!end.isBefore(deviceEnd)) {
        continue;
      }
      before++;
      which.add(label(c) + " (" + end + ")");
      String message;
      Severity severity;
      if (end.isBefore(today)) {
        message = "support for " + label(c) + " ended on " + end;
        severity = Severity.HIGH;
      } else if (end.isBefore(warnFrom)) {
        message =
            "support for "
                + label(c)
                + " ends on "
                + end
                + ", within "
                + (long) w.value(DEVICE_EOS_WARN_MONTHS)
                + " months";
        severity = Severity.HIGH;
      } else {
        message = "support for " + label(c) + " ends on " + end;
        severity = Severity.MEDIUM;
      }
      sheet.item(
          Checks.SUPPORT_ENDS_BEFORE_DEVICE,
          severity,
          Character.toUpperCase(message.charAt(0))
              + message.substring(1)
              + ", before "
              + device.label()
              + "'s planned end of support ("
              + deviceEnd
              + "): plan an update or a supported replacement",
          link);
    }
    if (before > 0) {
      sheet.factor(
          "DEVICE_END_OF_SUPPORT",
          "Component support ends before the device's",
          -ScoreSheet.round(
              ScoreSheet.saturating(
                  before, w.value(DEVICE_EOS_POINTS), w.value(DEVICE_EOS_MAX_POINTS))),
          plural(before, "component release's support ends", "component releases' support ends")
              + " before "
              + deviceEnd
              + ": "
              + ScoreSheet.examples(which),
          link);
    }
  }

  private static double criticality(String criticality, ScoringWeights w) {
    return switch (criticality) {
      case "CLASS_A" -> w.value(DEVICE_CLASS_A);
      case "CLASS_B" -> w.value(DEVICE_CLASS_B);
      case "CLASS_C" -> w.value(DEVICE_CLASS_C);
      default -> throw new IllegalArgumentException("Unknown IEC 62304 class " + criticality);
    };
  }

  private static double exposure(String exposure, ScoringWeights w) {
    return switch (exposure) {
      case "NETWORKED" -> w.value(DEVICE_NETWORKED);
      case "LOCAL_ONLY" -> w.value(DEVICE_LOCAL_ONLY);
      case "NONE" -> w.value(DEVICE_NO_EXPOSURE);
      default -> throw new IllegalArgumentException("Unknown exposure " + exposure);
    };
  }

  private static String position(DeviceInputs.Component c) {
    String cls = "class " + c.criticality().substring(c.criticality().length() - 1);
    String exp =
        switch (c.exposure()) {
          case "NETWORKED" -> "networked";
          case "LOCAL_ONLY" -> "local only";
          default -> "not exposed";
        };
    return cls + ", " + exp;
  }

  private static String label(DeviceInputs.Component c) {
    return c.label() == null ? "component release " + c.componentReleaseId() : c.label();
  }
}
