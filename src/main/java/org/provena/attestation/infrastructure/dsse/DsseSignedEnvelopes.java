package org.provena.attestation.infrastructure.dsse;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.provena.attestation.application.SignedEnvelopes;
import org.provena.attestation.domain.InvalidEvidenceException;
import org.provena.attestation.domain.SignatureCheck;
import org.provena.attestation.domain.TrustAnchor;
import org.provena.attestation.infrastructure.EvidenceJson;
import org.provena.attestation.infrastructure.intoto.InTotoStatement;

/**
 * Opens VEX documents that arrive signed in a DSSE envelope: verifies the envelope like an
 * attestation and hands back what was signed. An OpenVEX or CycloneDX document attested as an
 * in-toto predicate (as {@code vexctl attest} and {@code cosign attest --type cyclonedx} write
 * them) comes back as that predicate, ready for the VEX reader.
 */
@ApplicationScoped
public class DsseSignedEnvelopes implements SignedEnvelopes {

  @Override
  public Optional<Opened> open(byte[] document, List<TrustAnchor> anchors)
      throws InvalidEvidenceException {
    Optional<JsonNode> json = EvidenceJson.tryRead(document);
    if (json.isEmpty() || !DsseEnvelope.isEnvelope(json.get())) {
      return Optional.empty();
    }
    DsseEnvelope envelope = DsseEnvelope.read(json.get(), "$");
    SignatureCheck signature = DsseVerifier.verify(envelope, anchors);
    byte[] payload = envelope.payload();
    if (InTotoStatement.MEDIA_TYPE.equals(envelope.payloadType())) {
      InTotoStatement statement =
          InTotoStatement.read(EvidenceJson.read(payload, "$.payload"), "$.payload");
      if (isDocumentPredicate(statement.predicateType())) {
        if (!statement.predicate().isObject()) {
          throw new InvalidEvidenceException(
              "$.payload.predicate", "the attested " + statement.predicateType() + " is missing");
        }
        payload = EvidenceJson.compact(statement.predicate()).getBytes(StandardCharsets.UTF_8);
      }
    }
    return Optional.of(new Opened(envelope.payloadType(), payload, signature));
  }

  /** OpenVEX (https://openvex.dev/ns/v0.2.0) and CycloneDX (https://cyclonedx.org/bom…). */
  private static boolean isDocumentPredicate(String predicateType) {
    return predicateType.startsWith("https://openvex.dev/ns")
        || predicateType.startsWith("https://cyclonedx.org/bom")
        || predicateType.startsWith("https://cyclonedx.org/vex");
  }
}
