package org.provena.shared.infrastructure;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jose.jwk.RSAKey;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.text.ParseException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.provena.shared.domain.KeyAlgorithm;

/**
 * Reads the public keys suppliers register and documents embed: a PEM SubjectPublicKeyInfo ({@code
 * -----BEGIN PUBLIC KEY-----}), the key of a PEM X.509 certificate, or a JWK JSON object (RFC 7517;
 * EC P-256, OKP Ed25519, RSA). Only the algorithms of {@link KeyAlgorithm} are accepted — ECDSA on
 * P-256 only, RSA of at least 2048 bits — and a private key is refused rather than silently reduced
 * to its public half, so that a supplier who pasted one learns it. Every refusal is an {@link
 * IllegalArgumentException} whose message a supplier can act on.
 */
public final class PublicKeys {

  private static final Pattern PEM =
      Pattern.compile(
          "-----BEGIN ([A-Z0-9 ]+)-----\\s*([A-Za-z0-9+/=\\s]*?)\\s*-----END \\1-----",
          Pattern.DOTALL);

  // RFC 8410 section 4: the SubjectPublicKeyInfo of an Ed25519 key is this prefix and the raw key.
  private static final byte[] ED25519_SPKI_PREFIX =
      HexFormat.of().parseHex("302a300506032b6570032100");

  private static final String OID_EC = "1.2.840.10045.2.1";
  private static final String OID_P256 = "1.2.840.10045.3.1.7";
  private static final String OID_ED25519 = "1.3.101.112";
  private static final String OID_ED448 = "1.3.101.113";
  private static final String OID_RSA = "1.2.840.113549.1.1.1";

  /** NIST SP 800-57 part 1, table 2: RSA under 2048 bits no longer gives 112-bit security. */
  static final int MIN_RSA_BITS = 2048;

  private static final String PRIVATE_KEY = "this is a private key — register the public key only";

  private PublicKeys() {}

  /** Reads a PEM (public key or certificate) or a JWK JSON object. */
  public static PublicKeyMaterial parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("no public key given");
    }
    String trimmed = text.strip();
    if (trimmed.startsWith("{")) {
      return fromJwk(trimmed);
    }
    return material(decodePem(trimmed), null);
  }

  /** The key of a PEM public key or certificate, of any accepted algorithm. */
  public static PublicKey fromPem(String pem) {
    if (pem == null || pem.isBlank()) {
      throw new IllegalArgumentException("no public key given");
    }
    return material(decodePem(pem.strip()), null).key();
  }

  /** The lower-case hex SHA-256 of the key's DER SubjectPublicKeyInfo. */
  public static String fingerprint(PublicKey key) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(key.getEncoded()));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /**
   * Checks a key taken from elsewhere (a certificate in a signed document) against the accepted
   * algorithms and describes it.
   */
  public static PublicKeyMaterial of(PublicKey key, String keyId) {
    return material(key.getEncoded(), keyId);
  }

  private static byte[] decodePem(String text) {
    Matcher m = PEM.matcher(text);
    if (!m.find()) {
      throw new IllegalArgumentException(
          "not a public key: expected a PEM block '-----BEGIN PUBLIC KEY-----' or"
              + " '-----BEGIN CERTIFICATE-----', or a JWK JSON object");
    }
    String label = m.group(1);
    byte[] der;
    try {
      der = Base64.getMimeDecoder().decode(m.group(2));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("the PEM block's base64 is damaged: " + e.getMessage());
    }
    if (label.contains("PRIVATE KEY")) {
      throw new IllegalArgumentException(PRIVATE_KEY);
    }
    return switch (label) {
      case "PUBLIC KEY" -> der;
      case "CERTIFICATE" -> certificateKey(der);
      case "RSA PUBLIC KEY" ->
          throw new IllegalArgumentException(
              "an 'RSA PUBLIC KEY' (PKCS#1) PEM is not accepted: export it as '-----BEGIN PUBLIC"
                  + " KEY-----' (openssl rsa -RSAPublicKey_in -pubout)");
      default ->
          throw new IllegalArgumentException(
              "a PEM '" + label + "' is not a public key: give a PUBLIC KEY or a CERTIFICATE");
    };
  }

  private static byte[] certificateKey(byte[] der) {
    try {
      return CertificateFactory.getInstance("X.509")
          .generateCertificate(new ByteArrayInputStream(der))
          .getPublicKey()
          .getEncoded();
    } catch (CertificateException e) {
      throw new IllegalArgumentException("the certificate cannot be read: " + e.getMessage());
    }
  }

  private static PublicKeyMaterial material(byte[] spki, String keyId) {
    SubjectPublicKeyInfo info;
    try {
      info = SubjectPublicKeyInfo.getInstance(spki);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("not a public key: the key's DER structure is damaged");
    }
    String oid = info.getAlgorithm().getAlgorithm().getId();
    KeyAlgorithm algorithm =
        switch (oid) {
          case OID_EC -> {
            requireP256(info.getAlgorithm().getParameters());
            yield KeyAlgorithm.ECDSA_P256;
          }
          case OID_ED25519 -> KeyAlgorithm.ED25519;
          case OID_RSA -> KeyAlgorithm.RSA;
          case OID_ED448 ->
              throw new IllegalArgumentException(
                  "Ed448 keys are not accepted: use Ed25519, ECDSA P-256 or RSA");
          default ->
              throw new IllegalArgumentException(
                  "keys of algorithm "
                      + oid
                      + " are not accepted: use ECDSA P-256, Ed25519 or RSA");
        };
    PublicKey key = generate(algorithm, spki);
    if (key instanceof RSAPublicKey rsa && rsa.getModulus().bitLength() < MIN_RSA_BITS) {
      throw new IllegalArgumentException(
          "RSA keys under "
              + MIN_RSA_BITS
              + " bits are too weak to register (this one has "
              + rsa.getModulus().bitLength()
              + ")");
    }
    byte[] encoded = key.getEncoded();
    return new PublicKeyMaterial(algorithm, key, pem(encoded), fingerprint(key), keyId);
  }

  private static void requireP256(ASN1Encodable parameters) {
    if (!(parameters instanceof ASN1ObjectIdentifier curve)) {
      throw new IllegalArgumentException(
          "EC keys with explicit curve parameters are not accepted: use the named curve P-256");
    }
    if (!curve.getId().equals(OID_P256)) {
      String name = ECNamedCurveTable.getName(curve);
      throw new IllegalArgumentException(
          "EC keys on curve "
              + (name == null ? curve.getId() : name.toUpperCase(Locale.ROOT))
              + " are not accepted: only P-256 is");
    }
  }

  private static PublicKey generate(KeyAlgorithm algorithm, byte[] spki) {
    String factory =
        switch (algorithm) {
          case ECDSA_P256 -> "EC";
          case ED25519 -> "Ed25519";
          case RSA -> "RSA";
        };
    try {
      return KeyFactory.getInstance(factory).generatePublic(new X509EncodedKeySpec(spki));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException(
          "the " + factory + " public key cannot be read: " + e.getMessage());
    }
  }

  private static PublicKeyMaterial fromJwk(String json) {
    JWK jwk;
    try {
      jwk = JWK.parse(json);
    } catch (ParseException e) {
      throw new IllegalArgumentException("not a JWK: " + e.getMessage());
    }
    if (jwk instanceof OctetSequenceKey) {
      throw new IllegalArgumentException(
          "a symmetric (oct) JWK is a shared secret: register a public key instead");
    }
    if (jwk.isPrivate()) {
      throw new IllegalArgumentException(PRIVATE_KEY);
    }
    try {
      PublicKey key;
      if (jwk instanceof ECKey ec) {
        if (!Curve.P_256.equals(ec.getCurve())) {
          throw new IllegalArgumentException(
              "EC keys on curve " + ec.getCurve() + " are not accepted: only P-256 is");
        }
        key = ec.toECPublicKey();
      } else if (jwk instanceof OctetKeyPair okp) {
        if (!Curve.Ed25519.equals(okp.getCurve())) {
          throw new IllegalArgumentException(
              "OKP keys on curve " + okp.getCurve() + " are not accepted: only Ed25519 is");
        }
        key = ed25519(okp);
      } else if (jwk instanceof RSAKey rsa) {
        key = rsa.toRSAPublicKey();
      } else {
        throw new IllegalArgumentException(
            "a JWK of type " + jwk.getKeyType() + " cannot verify signatures");
      }
      return material(key.getEncoded(), jwk.getKeyID());
    } catch (JOSEException e) {
      throw new IllegalArgumentException("the JWK cannot be turned into a key: " + e.getMessage());
    }
  }

  private static PublicKey ed25519(OctetKeyPair okp) {
    byte[] raw = okp.getX().decode();
    if (raw.length != 32) {
      throw new IllegalArgumentException("an Ed25519 key has 32 bytes, this one " + raw.length);
    }
    byte[] spki = new byte[ED25519_SPKI_PREFIX.length + raw.length];
    System.arraycopy(ED25519_SPKI_PREFIX, 0, spki, 0, ED25519_SPKI_PREFIX.length);
    System.arraycopy(raw, 0, spki, ED25519_SPKI_PREFIX.length, raw.length);
    return generate(KeyAlgorithm.ED25519, spki);
  }

  private static String pem(byte[] der) {
    String body =
        Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
    return "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n";
  }
}
