package org.provena.attestation.infrastructure;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.EdECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.List;

/**
 * Verifies a signature over bytes with a public key, in the schemes Provena accepts: ECDSA P-256
 * with SHA-256 (ASN.1 DER, as X.509 and most tools write it, or the 64-byte IEEE P1363 r||s of JWS
 * and many DSSE signers), Ed25519, and RSA with SHA-256 as PKCS #1 v1.5 or RSASSA-PSS (RFC 8017). A
 * signature that fails for any reason — wrong key, changed bytes, a malformed encoding — simply
 * does not verify.
 */
public final class KeySignatures {

  /** A signature scheme over SHA-256 (Ed25519 hashes internally with SHA-512). */
  public enum Scheme {
    ECDSA_SHA256,
    ED25519,
    RSA_PKCS1_SHA256,
    RSA_PSS_SHA256
  }

  private KeySignatures() {}

  /** Whether the signature verifies in any scheme that fits the key's type. */
  public static boolean verifies(PublicKey key, byte[] message, byte[] signature) {
    for (Scheme scheme : schemesFor(key)) {
      if (verifies(key, scheme, message, signature)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the signature verifies in this scheme (false when the key does not fit it). */
  public static boolean verifies(PublicKey key, Scheme scheme, byte[] message, byte[] signature) {
    if (!schemesFor(key).contains(scheme)) {
      return false;
    }
    return switch (scheme) {
      case ECDSA_SHA256 ->
          check(key, "SHA256withECDSAinP1363Format", null, message, signature)
              || check(key, "SHA256withECDSA", null, message, signature);
      case ED25519 -> check(key, "Ed25519", null, message, signature);
      case RSA_PKCS1_SHA256 -> check(key, "SHA256withRSA", null, message, signature);
      case RSA_PSS_SHA256 -> pss(key, message, signature);
    };
  }

  private static List<Scheme> schemesFor(PublicKey key) {
    if (key instanceof ECPublicKey) {
      return List.of(Scheme.ECDSA_SHA256);
    }
    if (key instanceof EdECPublicKey) {
      return List.of(Scheme.ED25519);
    }
    if (key instanceof RSAPublicKey) {
      return List.of(Scheme.RSA_PKCS1_SHA256, Scheme.RSA_PSS_SHA256);
    }
    return List.of();
  }

  /**
   * RFC 8017 section 9.1 leaves the salt length to the signer: the hash length (JWS PS256, most
   * libraries) and the maximum (OpenSSL's default when signing) are both in use.
   */
  private static boolean pss(PublicKey key, byte[] message, byte[] signature) {
    int modulusBytes = (((RSAPublicKey) key).getModulus().bitLength() + 7) / 8;
    for (int salt : new int[] {32, modulusBytes - 32 - 2}) {
      PSSParameterSpec spec =
          new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, salt, 1);
      if (check(key, "RSASSA-PSS", spec, message, signature)) {
        return true;
      }
    }
    return false;
  }

  private static boolean check(
      PublicKey key, String algorithm, PSSParameterSpec spec, byte[] message, byte[] signature) {
    try {
      Signature verifier = Signature.getInstance(algorithm);
      if (spec != null) {
        verifier.setParameter(spec);
      }
      verifier.initVerify(key);
      verifier.update(message);
      return verifier.verify(signature);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      // A malformed signature encoding or a key of another curve is a signature that does not
      // verify.
      return false;
    }
  }
}
