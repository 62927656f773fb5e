package org.provena.finding.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.provena.finding.application.WhereUsedView.DeviceUse;
import org.provena.finding.application.WhereUsedView.ReleaseUse;
import org.provena.shared.domain.PackageCoordinates;
import org.provena.shared.domain.SupplierScope;
import org.provena.supplier.application.SupplierScopeResolver;
import org.provena.vulnerability.application.VulnerabilityQueries;

/**
 * The security team's question "where is it?": by purl (with or without a version), by package
 * name, or by vulnerability (any alias). Answers from indexed columns only, so it stays fast on a
 * portfolio of a million packages (docs/benchmarks.md).
 */
@ApplicationScoped
@Transactional
public class WhereUsed {

  /** Component releases listed at most; the page says when there were more. */
  public static final int LIMIT = 500;

  @Inject WhereUsedReads reads;
  @Inject VulnerabilityQueries vulnerabilities;
  @Inject SupplierScopeResolver scopes;

  /** A purl or a CPE; the version, if the purl has one, must be equal. */
  public Optional<WhereUsedView> byPurl(String purl) {
    Optional<PackageCoordinates> c =
        PackageCoordinates.ofPurl(purl).or(() -> PackageCoordinates.ofCpe(purl));
    if (c.isEmpty()) {
      return Optional.empty();
    }
    SupplierScope scope = scopes.current();
    return Optional.of(
        view(purl, reads.byKey(scope, c.get().key(), c.get().version(), LIMIT), scope));
  }

  /**
   * A package name in any case; PyPI names also as PEP 503 folds them ({@code typing_extensions}).
   */
  public WhereUsedView byName(String name) {
    SupplierScope scope = scopes.current();
    String lower = name.trim().toLowerCase(Locale.ROOT);
    String pep503 = PackageCoordinates.key("pypi", null, lower).substring("pypi/".length());
    // Often the same name twice: a set of one.
    java.util.Set<String> names = new java.util.LinkedHashSet<>(java.util.List.of(lower, pep503));
    return view(name, reads.byName(scope, names, LIMIT), scope);
  }

  /** Empty when no vulnerability has this id or alias. */
  public Optional<WhereUsedView> byVulnerability(String idOrAlias) {
    SupplierScope scope = scopes.current();
    return vulnerabilities
        .uuidOf(idOrAlias)
        .map(id -> view(idOrAlias, reads.byVulnerability(scope, id, LIMIT), scope));
  }

  /** For the vulnerability page, which knows the vulnerability already. */
  public WhereUsedView byVulnerability(UUID vulnerabilityId, String label) {
    SupplierScope scope = scopes.current();
    return view(label, reads.byVulnerability(scope, vulnerabilityId, LIMIT), scope);
  }

  private WhereUsedView view(String query, List<ReleaseUse> releases, SupplierScope scope) {
    List<DeviceUse> devices =
        scope.seesAllSuppliers() && !releases.isEmpty()
            ? reads.devicesOf(releases.stream().map(ReleaseUse::componentReleaseId).toList())
            : List.of();
    return new WhereUsedView(query, releases, devices);
  }
}
