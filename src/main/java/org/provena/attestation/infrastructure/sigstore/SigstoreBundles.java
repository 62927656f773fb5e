package org.provena.attestation.infrastructure.sigstore;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sigstore.KeylessVerificationException;
import dev.sigstore.KeylessVerifier;
import dev.sigstore.TrustedRootProvider;
import dev.sigstore.VerificationOptions;
import dev.sigstore.bundle.Bundle;
import dev.sigstore.bundle.BundleParseException;
import dev.sigstore.trustroot.SigstoreConfigurationException;
import dev.sigstore.trustroot.SigstoreTrustedRoot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1String;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.provena.attestation.domain.EvidenceSubject;
import org.provena.attestation.domain.InvalidEvidenceException;
import org.provena.attestation.domain.SignatureCheck;
import org.provena.attestation.domain.SigningTrust;
import org.provena.attestation.domain.TrustAnchor;
import org.provena.attestation.infrastructure.EvidenceJson;
import org.provena.attestation.infrastructure.dsse.DsseEnvelope;
import org.provena.attestation.infrastructure.intoto.InTotoStatement;
import org.provena.shared.domain.ArtifactHash;
import org.provena.shared.domain.HashAlgorithm;
import org.provena.supplier.domain.SigningIdentityKind;

/**
 * Verifies Sigstore bundles (v0.1–v0.3, https://github.com/sigstore/protobuf-specs) offline with
 * sigstore-java: the Fulcio certificate chain, the signed certificate timestamp, the Rekor entry's
 * inclusion proof and promise, and the signature, all against a trusted root read from a local
 * file, so that verification neither needs nor waits for the network. The certificate's identity
 * (its SAN e-mail or URI, and the OIDC issuer Fulcio recorded) must then be one the supplier
 * registered.
 *
 * <p>The trusted root is {@code provena.sigstore.trusted-root} when set (an operator keeps it
 * current when Sigstore rotates its keys), otherwise the public-good root shipped in the WAR.
 */
@ApplicationScoped
public class SigstoreBundles {

  public static final String MEDIA_TYPE_PREFIX = "application/vnd.dev.sigstore.bundle";

  static final String SHIPPED_TRUSTED_ROOT = "/sigstore/trusted_root.json";

  // Fulcio's certificate extensions (docs/oid-info.md in sigstore/fulcio): the OIDC issuer, as a
  // DER UTF8String (1.8), and in the legacy form of the raw string (1.1).
  private static final String OID_ISSUER_V2 = "1.3.6.1.4.1.57264.1.8";
  private static final String OID_ISSUER_V1 = "1.3.6.1.4.1.57264.1.1";

  @Inject
  @ConfigProperty(name = "provena.sigstore.trusted-root")
  Optional<String> trustedRoot = Optional.empty();

  private volatile KeylessVerifier verifier;

  public SigstoreBundles() {}

  /** For tests and tools outside CDI: verify against this trusted root file. */
  public SigstoreBundles(Path trustedRoot) {
    this.trustedRoot = Optional.of(trustedRoot.toString());
  }

  /**
   * What a verified bundle says.
   *
   * @param statement the in-toto statement of a DSSE bundle; null for a message signature
   * @param subjects the statement's subjects, or the message signature's digest
   * @param signer the certificate's identity and issuer, e.g. {@code
   *     https://github.com/acme/lib/.github/workflows/release.yml@refs/tags/v1 (issuer
   *     https://token.actions.githubusercontent.com)}
   * @param signedAt when the transparency log recorded the signature; null if it does not say
   */
  public record Verified(
      String mediaType,
      SignatureCheck signature,
      InTotoStatement statement,
      List<EvidenceSubject> subjects,
      String signer,
      Instant signedAt) {}

  /**
   * The configured trusted root cannot be read: a fault of the installation, not of the document,
   * which stays stored and is verified again once the operator fixes it.
   */
  public static final class UnusableTrustedRoot extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    UnusableTrustedRoot(String message, Throwable cause) {
      super(message, cause);
    }
  }

  public static boolean isBundle(JsonNode node) {
    return node.isObject() && node.path("mediaType").asText("").startsWith(MEDIA_TYPE_PREFIX);
  }

  public Verified verify(byte[] document, JsonNode node, List<TrustAnchor> anchors)
      throws InvalidEvidenceException {
    String mediaType = EvidenceJson.requiredText(node, "mediaType", "$");
    EvidenceJson.object(node.get("verificationMaterial"), "$.verificationMaterial");
    boolean message = node.has("messageSignature");
    boolean dsse = node.has("dsseEnvelope");
    if (message == dsse) {
      throw new InvalidEvidenceException(
          "$", "a Sigstore bundle holds exactly one of messageSignature and dsseEnvelope");
    }
    InTotoStatement statement = null;
    byte[] digest;
    List<EvidenceSubject> subjects;
    if (dsse) {
      DsseEnvelope envelope = DsseEnvelope.read(node.get("dsseEnvelope"), "$.dsseEnvelope");
      if (!InTotoStatement.MEDIA_TYPE.equals(envelope.payloadType())) {
        throw new InvalidEvidenceException(
            "$.dsseEnvelope.payloadType",
            "'" + envelope.payloadType() + "' is not an in-toto statement");
      }
      String at = "$.dsseEnvelope.payload";
      statement = InTotoStatement.read(EvidenceJson.read(envelope.payload(), at), at);
      String sha256 =
          statement
              .firstSha256()
              .orElseThrow(
                  () ->
                      new InvalidEvidenceException(
                          at + ".subject",
                          "no subject has a sha256 digest, which Sigstore verifies against"));
      digest = HexFormat.of().parseHex(sha256);
      subjects = statement.subjects();
    } else {
      digest = messageDigest(node.get("messageSignature"));
      subjects =
          List.of(
              new EvidenceSubject(
                  null,
                  Set.of(
                      new ArtifactHash(HashAlgorithm.SHA256, HexFormat.of().formatHex(digest)))));
    }
    Bundle bundle = parse(document);
    X509Certificate certificate = leaf(bundle);
    String subject = subject(certificate);
    String issuer = issuer(certificate);
    String signer = subject + " (issuer " + issuer + ")";
    Instant signedAt = signedAt(bundle);
    try {
      verifier().verify(digest, bundle, VerificationOptions.empty());
    } catch (KeylessVerificationException e) {
      return new Verified(
          mediaType,
          SignatureCheck.invalid(readable(e), signer),
          statement,
          subjects,
          signer,
          signedAt);
    }
    List<TrustAnchor> registered =
        anchors.stream()
            .filter(a -> a.kind() == SigningIdentityKind.SIGSTORE_IDENTITY)
            .filter(a -> matches(a, subject, issuer))
            .toList();
    SignatureCheck check =
        SigningTrust.judge(
            registered,
            signer,
            "signed by "
                + subject
                + " (issuer "
                + issuer
                + "), which is not a registered identity of the supplier");
    return new Verified(mediaType, check, statement, subjects, signer, signedAt);
  }

  private static byte[] messageDigest(JsonNode signature) throws InvalidEvidenceException {
    String at = "$.messageSignature";
    EvidenceJson.object(signature, at);
    JsonNode digest = signature.get("messageDigest");
    if (digest == null || !digest.isObject()) {
      throw new InvalidEvidenceException(
          at + ".messageDigest",
          "is required: without the artifact, the bundle is verified for the digest it states");
    }
    String algorithm = EvidenceJson.requiredText(digest, "algorithm", at + ".messageDigest");
    if (!algorithm.equals("SHA2_256")) {
      throw new InvalidEvidenceException(
          at + ".messageDigest.algorithm", "'" + algorithm + "' is not accepted: only SHA2_256");
    }
    byte[] value =
        EvidenceJson.base64(
            EvidenceJson.requiredText(digest, "digest", at + ".messageDigest"),
            at + ".messageDigest.digest");
    if (value.length != 32) {
      throw new InvalidEvidenceException(
          at + ".messageDigest.digest", "a SHA-256 digest has 32 bytes, not " + value.length);
    }
    return value;
  }

  private static Bundle parse(byte[] document) throws InvalidEvidenceException {
    try {
      return Bundle.from(new StringReader(new String(document, StandardCharsets.UTF_8)));
    } catch (BundleParseException | RuntimeException e) {
      throw new InvalidEvidenceException(
          "$.verificationMaterial", "the Sigstore bundle cannot be read: " + message(e));
    }
  }

  private static X509Certificate leaf(Bundle bundle) throws InvalidEvidenceException {
    if (bundle.getCertPath() == null || bundle.getCertPath().getCertificates().isEmpty()) {
      throw new InvalidEvidenceException(
          "$.verificationMaterial", "the bundle carries no signing certificate");
    }
    return (X509Certificate) bundle.getCertPath().getCertificates().get(0);
  }

  /** The SAN Fulcio issued the certificate for: an e-mail (type 1) or a URI (type 6). */
  static String subject(X509Certificate certificate) {
    try {
      Collection<List<?>> names = certificate.getSubjectAlternativeNames();
      if (names != null) {
        for (List<?> name : names) {
          Object type = name.get(0);
          if (type instanceof Integer t && (t == 1 || t == 6)) {
            return String.valueOf(name.get(1));
          }
        }
      }
    } catch (CertificateParsingException e) {
      return "(unreadable identity)";
    }
    return "(no identity)";
  }

  static String issuer(X509Certificate certificate) {
    try {
      byte[] v2 = certificate.getExtensionValue(OID_ISSUER_V2);
      if (v2 != null) {
        ASN1Primitive value =
            ASN1Primitive.fromByteArray(ASN1OctetString.getInstance(v2).getOctets());
        if (value instanceof ASN1String text) {
          return text.getString();
        }
      }
      byte[] v1 = certificate.getExtensionValue(OID_ISSUER_V1);
      if (v1 != null) {
        return new String(ASN1OctetString.getInstance(v1).getOctets(), StandardCharsets.UTF_8);
      }
    } catch (IOException | RuntimeException e) {
      return "(unreadable issuer)";
    }
    return "(no issuer)";
  }

  private static boolean matches(TrustAnchor anchor, String subject, String issuer) {
    String registered = anchor.certificateSubject();
    if (registered == null || anchor.oidcIssuer() == null) {
      return false;
    }
    boolean subjectMatches =
        registered.endsWith("*")
            ? subject.startsWith(registered.substring(0, registered.length() - 1))
            : subject.equals(registered);
    return subjectMatches && issuer.equals(anchor.oidcIssuer());
  }

  private static Instant signedAt(Bundle bundle) {
    return bundle.getEntries().stream()
        .mapToLong(e -> e.getIntegratedTime())
        .filter(t -> t > 0)
        .mapToObj(Instant::ofEpochSecond)
        .findFirst()
        .orElse(null);
  }

  /** sigstore-java's reason, and its cause's, as one sentence. */
  private static String readable(KeylessVerificationException e) {
    StringBuilder reason = new StringBuilder("the Sigstore bundle does not verify: ");
    reason.append(lowerFirst(message(e)));
    Throwable cause = e.getCause();
    if (cause != null && cause.getMessage() != null && !cause.getMessage().equals(e.getMessage())) {
      reason.append(" (").append(lowerFirst(cause.getMessage())).append(')');
    }
    return reason.toString();
  }

  private static String message(Throwable e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static String lowerFirst(String text) {
    if (text.isEmpty() || (text.length() > 1 && Character.isUpperCase(text.charAt(1)))) {
      return text;
    }
    return text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
  }

  private KeylessVerifier verifier() {
    KeylessVerifier current = verifier;
    if (current == null) {
      synchronized (this) {
        current = verifier;
        if (current == null) {
          current = buildVerifier();
          verifier = current;
        }
      }
    }
    return current;
  }

  private KeylessVerifier buildVerifier() {
    String source = trustedRoot.orElse("the shipped " + SHIPPED_TRUSTED_ROOT);
    TrustedRootProvider provider =
        trustedRoot.isPresent()
            ? TrustedRootProvider.from(Path.of(trustedRoot.get()))
            : SigstoreBundles::shippedTrustedRoot;
    try {
      return KeylessVerifier.builder().trustedRootProvider(provider).build();
    } catch (GeneralSecurityException | SigstoreConfigurationException e) {
      // The operator's configuration, not the supplier's document: fail loudly, keep the upload.
      throw new UnusableTrustedRoot(
          "the Sigstore trusted root (" + source + ") cannot be used: " + message(e), e);
    }
  }

  private static SigstoreTrustedRoot shippedTrustedRoot() throws SigstoreConfigurationException {
    try (InputStream in = SigstoreBundles.class.getResourceAsStream(SHIPPED_TRUSTED_ROOT)) {
      if (in == null) {
        throw new SigstoreConfigurationException(SHIPPED_TRUSTED_ROOT + " is missing");
      }
      return SigstoreTrustedRoot.from(in);
    } catch (IOException e) {
      throw new SigstoreConfigurationException(SHIPPED_TRUSTED_ROOT + " cannot be read", e);
    }
  }
}
