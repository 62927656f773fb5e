package org.provena.attestation.infrastructure;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import org.provena.attestation.domain.TrustAnchor;
import org.provena.shared.infrastructure.PublicKeys;
import org.provena.supplier.domain.SigningIdentityKind;

/**
 * A supplier's registered public keys, ready to verify with. An anchor whose PEM no longer reads
 * (it was checked at registration) verifies nothing rather than failing the whole check.
 */
public record RegisteredKeys(List<RegisteredKeys.Key> keys) {

  /** An anchor and its key; {@code fingerprint} computed from the key itself. */
  public record Key(TrustAnchor anchor, PublicKey key, String fingerprint) {}

  public static RegisteredKeys of(List<TrustAnchor> anchors) {
    List<Key> keys = new ArrayList<>();
    for (TrustAnchor anchor : anchors) {
      if (anchor.kind() != SigningIdentityKind.PUBLIC_KEY || anchor.publicKeyPem() == null) {
        continue;
      }
      try {
        PublicKey key = PublicKeys.fromPem(anchor.publicKeyPem());
        keys.add(new Key(anchor, key, PublicKeys.fingerprint(key)));
      } catch (IllegalArgumentException e) {
        // Unreadable: it cannot vouch for any signature.
      }
    }
    return new RegisteredKeys(List.copyOf(keys));
  }

  /** The anchors whose key verifies the signature over the message. */
  public List<TrustAnchor> verifying(byte[] message, byte[] signature) {
    return keys.stream()
        .filter(k -> KeySignatures.verifies(k.key(), message, signature))
        .map(Key::anchor)
        .toList();
  }

  /** The anchors registered for exactly this key. */
  public List<TrustAnchor> withFingerprint(String fingerprint) {
    return keys.stream().filter(k -> k.fingerprint().equals(fingerprint)).map(Key::anchor).toList();
  }

  /** Whether a signature's key id names one of the registered keys (by key id or fingerprint). */
  public boolean names(String keyId) {
    return keyId != null
        && keys.stream()
            .anyMatch(
                k -> keyId.equals(k.anchor().keyId()) || keyId.equalsIgnoreCase(k.fingerprint()));
  }

  public boolean isEmpty() {
    return keys.isEmpty();
  }
}
