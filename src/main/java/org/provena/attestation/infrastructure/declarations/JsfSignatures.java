package org.provena.attestation.infrastructure.declarations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.erdtman.jcs.JsonCanonicalizer;
import org.provena.attestation.domain.SignatureCheck;
import org.provena.attestation.domain.SigningTrust;
import org.provena.attestation.domain.TrustAnchor;
import org.provena.attestation.infrastructure.EvidenceJson;
import org.provena.attestation.infrastructure.KeySignatures;
import org.provena.attestation.infrastructure.KeySignatures.Scheme;
import org.provena.attestation.infrastructure.RegisteredKeys;
import org.provena.shared.infrastructure.PublicKeyMaterial;
import org.provena.shared.infrastructure.PublicKeys;

/**
 * Verifies a JSON Signature Format signature (JSF 0.82, https://cyberphone.github.io/doc/security/
 * jsf.html, the {@code signature} CycloneDX puts on documents and objects): the signed data is the
 * object itself, its {@code signature} property included but without {@code value}, canonicalised
 * by RFC 8785 (JCS). The key comes from the signature ({@code publicKey} JWK, the first {@code
 * certificatePath} certificate) or from the supplier's registered keys ({@code keyId}), and an
 * embedded key counts only when the supplier registered it: anyone can embed a key and sign.
 *
 * <p>Multiple signatures ({@code signers}, {@code chain}) and {@code excludes} are not accepted:
 * JSF leaves excluded properties unsigned, which would let a signed-looking declaration change.
 */
final class JsfSignatures {

  /**
   * The outcome of one signature.
   *
   * @param verified whether the signature verified cryptographically, whoever made it
   */
  record Result(SignatureCheck check, boolean verified) {}

  private JsfSignatures() {}

  /**
   * @param signed the object carrying the {@code signature} property
   * @param what what it is, for the reasons: "the document", "the affirmation"
   */
  static Result check(JsonNode signed, String what, List<TrustAnchor> anchors) {
    JsonNode signature = signed.get("signature");
    String on = "the JSF signature on " + what;
    if (!signature.isObject()) {
      return failed(on + " is not a JSON object", null);
    }
    if (signature.has("signers") || signature.has("chain")) {
      return failed(
          on + " is a multiple signature (signers or chain), which Provena does not accept", null);
    }
    if (signature.has("excludes")) {
      return failed(
          on
              + " excludes properties from what it signs: Provena accepts only signatures over"
              + " the whole object",
          null);
    }
    String algorithm = signature.path("algorithm").asText("");
    Optional<Scheme> scheme = scheme(algorithm);
    if (scheme.isEmpty()) {
      return failed(
          on
              + " uses algorithm '"
              + algorithm
              + "': only ES256, Ed25519, RS256 and PS256 are"
              + " accepted",
          null);
    }
    String keyId = signature.path("keyId").asText(null);
    RegisteredKeys keys = RegisteredKeys.of(anchors);
    PublicKey key;
    try {
      key = key(signature, keyId, keys);
    } catch (IllegalArgumentException e) {
      return failed(on + " cannot be checked: " + e.getMessage(), keyId);
    }
    byte[] value;
    try {
      value = Base64.getUrlDecoder().decode(signature.path("value").asText(""));
    } catch (IllegalArgumentException e) {
      return failed(on + " has a value that is not base64url", keyId);
    }
    String fingerprint = PublicKeys.fingerprint(key);
    String signer = keyId != null ? keyId : "key " + SigningTrust.shortFingerprint(fingerprint);
    byte[] canonical = canonical(signed);
    if (canonical == null) {
      return failed(on + " cannot be checked: the object has numbers JCS cannot represent", signer);
    }
    if (value.length == 0 || !KeySignatures.verifies(key, scheme.get(), canonical, value)) {
      return failed(
          on
              + " does not verify: the document was changed after signing, or it was signed"
              + " with another key",
          signer);
    }
    SignatureCheck check =
        SigningTrust.judge(
            keys.withFingerprint(fingerprint),
            signer,
            "signed with key "
                + SigningTrust.shortFingerprint(fingerprint)
                + " embedded in the document, which is not a registered key of the supplier");
    return new Result(check, true);
  }

  private static Result failed(String reason, String signer) {
    return new Result(SignatureCheck.invalid(reason, signer), false);
  }

  /** JWA (RFC 7518) names as JSF uses them; Ed25519 by its own name (JSF, "Ed25519"). */
  private static Optional<Scheme> scheme(String algorithm) {
    return switch (algorithm) {
      case "ES256" -> Optional.of(Scheme.ECDSA_SHA256);
      case "Ed25519" -> Optional.of(Scheme.ED25519);
      case "RS256" -> Optional.of(Scheme.RSA_PKCS1_SHA256);
      case "PS256" -> Optional.of(Scheme.RSA_PSS_SHA256);
      default -> Optional.empty();
    };
  }

  private static PublicKey key(JsonNode signature, String keyId, RegisteredKeys keys) {
    JsonNode jwk = signature.get("publicKey");
    if (jwk != null && jwk.isObject()) {
      return PublicKeys.parse(EvidenceJson.compact(jwk)).key();
    }
    JsonNode path = signature.get("certificatePath");
    if (path != null && path.isArray() && !path.isEmpty()) {
      return certificateKey(path.get(0).asText(""));
    }
    if (keyId != null) {
      return keys.keys().stream()
          .filter(k -> keyId.equals(k.anchor().keyId()))
          .map(RegisteredKeys.Key::key)
          .findFirst()
          .orElseThrow(
              () ->
                  new IllegalArgumentException(
                      "its keyId '" + keyId + "' names no registered key of the supplier"));
    }
    throw new IllegalArgumentException(
        "it names no key (publicKey, certificatePath, or the keyId of a registered key)");
  }

  private static PublicKey certificateKey(String base64) {
    try {
      byte[] der = Base64.getDecoder().decode(base64);
      PublicKey key =
          CertificateFactory.getInstance("X.509")
              .generateCertificate(new ByteArrayInputStream(der))
              .getPublicKey();
      PublicKeyMaterial checked = PublicKeys.of(key, null);
      return checked.key();
    } catch (IllegalArgumentException | CertificateException e) {
      throw new IllegalArgumentException(
          "its certificatePath[0] is not a base64 X.509 certificate with an accepted key");
    }
  }

  /**
   * The signed bytes: JCS of the object, the signature's {@code value} left out; null when JCS
   * refuses the object (RFC 8785 section 3.2.2.3: numbers beyond IEEE 754 double range).
   */
  private static byte[] canonical(JsonNode signed) {
    ObjectNode copy = (ObjectNode) signed.deepCopy();
    ((ObjectNode) copy.get("signature")).remove("value");
    try {
      return new JsonCanonicalizer(EvidenceJson.compact(copy)).getEncodedUTF8();
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
