package org.provena.finding.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A finding whose risk the manufacturer has assessed as uncontrolled, and since when. FDA,
 * "Postmarket Management of Cybersecurity in Medical Devices" (2016), on uncontrolled risk to
 * essential clinical performance: the manufacturer informs its customers within 30 days and fixes
 * the vulnerability (or ships a compensating control) within 60 days.
 *
 * <p>The guidance counts from when the manufacturer learned of the vulnerability; Provena counts
 * from the assessment that recorded the risk as uncontrolled, the moment the manufacturer
 * documented what it learned (a finding's first-seen time stays available for the stricter
 * reading). The clocks run from the first assessment of the current uninterrupted run of
 * uncontrolled ones: re-assessing an uncontrolled risk (a new comment, a changed safety impact)
 * does not restart them; an assessment that calls the risk controlled ends the run (one that says
 * nothing about control is refused while the risk is uncontrolled, see {@link Finding#assess}).
 *
 * @param since when the manufacturer first recorded the risk as uncontrolled, in the current run
 */
public record UncontrolledRisk(Instant since) {

  public static final Duration CUSTOMER_NOTICE = Duration.ofDays(30);
  public static final Duration FIX = Duration.ofDays(60);

  /** The last day-and-time by which customers must be told. */
  public Instant customerNoticeDue() {
    return since.plus(CUSTOMER_NOTICE);
  }

  /** The last day-and-time by which the fix must be shipped. */
  public Instant fixDue() {
    return since.plus(FIX);
  }

  /**
   * The uncontrolled risk a history of assessments leaves, if its newest says uncontrolled.
   *
   * @param oldestFirst the assessments in the order they were made
   * @param control an assessment's risk control (null when it does not say)
   * @param at when an assessment was made
   */
  public static <A> Optional<UncontrolledRisk> after(
      List<A> oldestFirst, Function<A, RiskControl> control, Function<A, Instant> at) {
    Instant since = null;
    for (A assessment : oldestFirst) {
      if (control.apply(assessment) == RiskControl.UNCONTROLLED) {
        since = since == null ? at.apply(assessment) : since;
      } else {
        since = null;
      }
    }
    return Optional.ofNullable(since).map(UncontrolledRisk::new);
  }
}
