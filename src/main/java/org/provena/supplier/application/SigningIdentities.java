package org.provena.supplier.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.provena.audit.application.AuditTrail;
import org.provena.shared.domain.NotFoundException;
import org.provena.shared.domain.NotPermittedException;
import org.provena.supplier.domain.SigningIdentitiesChanged;
import org.provena.supplier.domain.SigningIdentity;
import org.provena.supplier.domain.SigningIdentityKind;
import org.provena.supplier.domain.SigningIdentityRepository;

/**
 * A supplier's signing keys and Sigstore identities: the supplier registers, rotates and revokes
 * them; the manufacturer sees them; verification of evidence reads them. Every change is audited
 * and makes the supplier's evidence be checked again ({@link SigningIdentitiesChanged}).
 */
@ApplicationScoped
@Transactional
public class SigningIdentities {

  @Inject SigningIdentityRepository identities;
  @Inject SupplierScopeResolver scopes;
  @Inject PublicKeyReader keys;
  @Inject AuditTrail audit;
  @Inject Event<SigningIdentitiesChanged> changed;
  @Inject Clock clock;

  /** A supplier's identities in every status, newest first (the caller's scope permitting). */
  public List<SigningIdentityView> of(UUID supplierId) {
    return identities.listBySupplier(scopes.current(), supplierId).stream()
        .map(SigningIdentityView::of)
        .toList();
  }

  /** The calling supplier's identities. */
  public List<SigningIdentityView> mine() {
    return of(ownSupplier());
  }

  /**
   * The calling supplier registers a public key, given as PEM or JWK.
   *
   * @throws IllegalArgumentException the key is not one Provena accepts, or already registered
   */
  public SigningIdentityView registerKey(String label, String pemOrJwk) {
    UUID supplierId = ownSupplier();
    PublicKeyReader.ReadKey key = keys.read(pemOrJwk);
    boolean known =
        identities.listBySupplier(scopes.current(), supplierId).stream()
            .anyMatch(
                i ->
                    i.kind() == SigningIdentityKind.PUBLIC_KEY
                        && key.fingerprint().equals(i.fingerprint().orElse(null)));
    if (known) {
      throw new IllegalArgumentException(
          "This key is already registered (fingerprint " + key.fingerprint() + ")");
    }
    if (identities.keyRegistered(key.fingerprint())) {
      // A key two organizations share would let one sign as the other.
      throw new IllegalArgumentException(
          "This key is registered by another organization: register a key of your own");
    }
    SigningIdentity identity =
        SigningIdentity.registerKey(
            supplierId,
            label,
            key.algorithm(),
            key.keyId(),
            key.pem(),
            key.fingerprint(),
            clock.instant());
    return stored(identity, "signing-key.registered");
  }

  /** The calling supplier registers the Sigstore identity its keyless signatures carry. */
  public SigningIdentityView registerSigstoreIdentity(
      String label, String certificateSubject, String oidcIssuer) {
    UUID supplierId = ownSupplier();
    if (oidcIssuer == null || !oidcIssuer.trim().startsWith("https://")) {
      throw new IllegalArgumentException(
          "The OIDC issuer is the https URL of the identity provider, e.g."
              + " https://token.actions.githubusercontent.com");
    }
    if (certificateSubject != null && certificateSubject.contains("*")) {
      String subject = certificateSubject.trim();
      // A wildcard may stand for the ref of one workflow only ("…/release.yml@*"): anything
      // broader would accept signatures from workflows, or repositories, of other organizations.
      if (subject.indexOf('*') != subject.length() - 1 || !subject.endsWith("@*")) {
        throw new IllegalArgumentException(
            "A * may only end the subject right after '@', for any ref of one workflow, e.g."
                + " https://github.com/acme/fw/.github/workflows/release.yml@*");
      }
    }
    SigningIdentity identity =
        SigningIdentity.registerSigstoreIdentity(
            supplierId, label, certificateSubject, oidcIssuer, clock.instant());
    return stored(identity, "sigstore-identity.registered");
  }

  /** Superseded by a newer identity: what it signed before stays trusted. */
  public SigningIdentityView rotate(UUID id) {
    SigningIdentity identity = ownIdentity(id);
    if (!identity.isActive()) {
      throw new IllegalArgumentException(
          "Only an active identity can be rotated; this one is "
              + identity.status().name().toLowerCase(java.util.Locale.ROOT));
    }
    identity.rotate();
    return stored(identity, "signing-identity.rotated");
  }

  /** No longer trusted: evidence it signed becomes invalid. */
  public SigningIdentityView revoke(UUID id, String reason) {
    SigningIdentity identity = ownIdentity(id);
    if (identity.status() == org.provena.supplier.domain.SigningIdentityStatus.REVOKED) {
      throw new IllegalArgumentException("This identity is already revoked");
    }
    identity.revoke(reason, clock.instant());
    return stored(identity, "signing-identity.revoked");
  }

  private SigningIdentityView stored(SigningIdentity identity, String action) {
    identities.store(scopes.current(), identity);
    SigningIdentityView view = SigningIdentityView.of(identity);
    // Evidence is verified again before anything is audited: appending takes the audit chain's
    // head for the rest of the transaction, and re-reading originals should not hold it.
    changed.fire(new SigningIdentitiesChanged(identity.supplierId()));
    audit.record(
        identity.supplierId(),
        action,
        "signing-identity",
        identity.id().toString(),
        describe(view));
    return view;
  }

  private static String describe(SigningIdentityView v) {
    return v.kind() == SigningIdentityKind.PUBLIC_KEY
        ? v.algorithm() + " key " + v.fingerprint()
        : "Sigstore identity " + v.certificateSubject() + " (" + v.oidcIssuer() + ")";
  }

  private SigningIdentity ownIdentity(UUID id) {
    UUID supplierId = ownSupplier();
    return identities
        .find(scopes.current(), id)
        .filter(i -> i.supplierId().equals(supplierId))
        .orElseThrow(() -> new NotFoundException("Signing identity " + id));
  }

  private UUID ownSupplier() {
    return scopes
        .current()
        .supplier()
        .orElseThrow(
            () ->
                new NotPermittedException(
                    "Only a registered, active supplier manages its signing identities"));
  }
}
