package org.provena.supplier.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import org.provena.shared.infrastructure.PublicKeyMaterial;
import org.provena.shared.infrastructure.PublicKeys;
import org.provena.supplier.application.PublicKeyReader;

/** Registration reads keys as verification does: through {@link PublicKeys}. */
@ApplicationScoped
public class PemJwkKeyReader implements PublicKeyReader {

  @Override
  public ReadKey read(String pemOrJwk) {
    PublicKeyMaterial key = PublicKeys.parse(pemOrJwk);
    return new ReadKey(key.algorithm(), key.pem(), key.fingerprint(), key.keyId());
  }
}
