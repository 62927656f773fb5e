package org.provena.attestation.infrastructure.dsse;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.provena.attestation.domain.InvalidEvidenceException;
import org.provena.attestation.infrastructure.EvidenceJson;

/**
 * A DSSE envelope (https://github.com/secure-systems-lab/dsse, envelope.md): a typed payload and
 * the signatures over its pre-authentication encoding.
 */
public record DsseEnvelope(String payloadType, byte[] payload, List<Signature> signatures) {

  /**
   * The most signatures an envelope may carry. Every signature is tried against every registered
   * key (a keyid is only a hint), RSA keys in up to three variants, so an unbounded list would let
   * one upload cost keys × signatures × 3 verifications. DSSE leaves the number open; real
   * envelopes carry one, threshold signing a few.
   */
  public static final int MAX_SIGNATURES = 8;

  /** One signature; {@code keyid} is an unauthenticated hint, possibly null. */
  public record Signature(String keyid, byte[] sig) {}

  public DsseEnvelope {
    signatures = List.copyOf(signatures);
  }

  /** Whether a JSON document is meant as an envelope (it names a payload type or a payload). */
  public static boolean isEnvelope(JsonNode node) {
    return node.isObject()
        && (node.has("payloadType") || (node.has("payload") && node.has("signatures")));
  }

  /** Reads an envelope, naming the path of whatever is malformed. */
  public static DsseEnvelope read(JsonNode node, String path) throws InvalidEvidenceException {
    EvidenceJson.object(node, path);
    String payloadType = EvidenceJson.requiredText(node, "payloadType", path);
    JsonNode payloadNode = node.get("payload");
    if (payloadNode == null || payloadNode.isNull()) {
      throw new InvalidEvidenceException(path + ".payload", "is required");
    }
    if (!payloadNode.isTextual()) {
      throw new InvalidEvidenceException(path + ".payload", "must be a base64 string");
    }
    byte[] payload = EvidenceJson.base64(payloadNode.asText(), path + ".payload");
    JsonNode list = node.get("signatures");
    if (list == null || list.isNull()) {
      throw new InvalidEvidenceException(path + ".signatures", "is required (it may be empty)");
    }
    if (!list.isArray()) {
      throw new InvalidEvidenceException(path + ".signatures", "must be an array");
    }
    if (list.size() > MAX_SIGNATURES) {
      throw new InvalidEvidenceException(
          path + ".signatures",
          "carries "
              + list.size()
              + " signatures: Provena checks at most "
              + MAX_SIGNATURES
              + " per envelope");
    }
    List<Signature> signatures = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      String at = EvidenceJson.index(path + ".signatures", i);
      JsonNode entry = EvidenceJson.object(list.get(i), at);
      String sig = EvidenceJson.requiredText(entry, "sig", at);
      signatures.add(
          new Signature(
              EvidenceJson.text(entry, "keyid", at), EvidenceJson.base64(sig, at + ".sig")));
    }
    return new DsseEnvelope(payloadType, payload, signatures);
  }

  /**
   * The bytes signed (protocol.md, "Signature definition"): {@code PAE(type, body) = "DSSEv1" + SP
   * + LEN(type) + SP + type + SP + LEN(body) + SP + body}, lengths as ASCII decimal byte counts.
   */
  public byte[] pae() {
    byte[] type = payloadType.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream(payload.length + type.length + 32);
    out.writeBytes(("DSSEv1 " + type.length + " ").getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(type);
    out.writeBytes((" " + payload.length + " ").getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(payload);
    return out.toByteArray();
  }
}
