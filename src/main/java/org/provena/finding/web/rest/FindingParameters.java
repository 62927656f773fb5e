package org.provena.finding.web.rest;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.provena.finding.application.FindingFilter;
import org.provena.finding.application.FindingView;
import org.provena.shared.domain.PageRequest;
import org.provena.shared.web.rest.Page;

/**
 * The query parameters both findings lists take ({@code @BeanParam}): {@code q}, {@code severity}
 * (comma-separated), {@code kev}, {@code state} ({@code open} or {@code all}), {@code offset},
 * {@code limit}.
 */
public class FindingParameters {

  private static final Set<String> SEVERITIES =
      Set.of("critical", "high", "medium", "low", "none", "unknown");

  @QueryParam("q")
  String q;

  @QueryParam("severity")
  String severity;

  @QueryParam("kev")
  @DefaultValue("false")
  boolean kev;

  @QueryParam("state")
  @DefaultValue("open")
  String state;

  @QueryParam("vex")
  String vex;

  @QueryParam("offset")
  @DefaultValue("0")
  int offset;

  @QueryParam("limit")
  @DefaultValue("100")
  int limit;

  FindingFilter filter() {
    Set<String> severities =
        severity == null || severity.isBlank()
            ? Set.of()
            : Arrays.stream(severity.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
    for (String s : severities) {
      if (!SEVERITIES.contains(s.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException(
            "severity must be critical, high, medium, low, none or unknown, not " + s);
      }
    }
    if (state != null && !Set.of("open", "all").contains(state)) {
      throw new IllegalArgumentException("state must be open or all, not " + state);
    }
    return new FindingFilter(q, severities, kev, "all".equals(state), vex);
  }

  /** The page the parameters ask for, read with {@code page} and counted with {@code count}. */
  Page<FindingResponse> page(
      BiFunction<FindingFilter, PageRequest, List<FindingView>> page,
      Function<FindingFilter, Long> count) {
    FindingFilter filter = filter();
    return new Page<>(
        page.apply(filter, new PageRequest(offset, limit)).stream()
            .map(FindingResponse::of)
            .toList(),
        offset,
        limit,
        count.apply(filter));
  }
}
