package org.provena.attestation.infrastructure.dsse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.Base64;

/**
 * Signs DSSE envelopes in tests, computing the pre-authentication encoding from the protocol text
 * itself rather than with the code under test.
 */
public final class DsseSigning {

  static final ObjectMapper JSON = new ObjectMapper();

  private DsseSigning() {}

  public static byte[] pae(String type, byte[] body) {
    byte[] t = type.getBytes(StandardCharsets.UTF_8);
    String head = "DSSEv1 " + t.length + " " + type + " " + body.length + " ";
    byte[] h = head.getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[h.length + body.length];
    System.arraycopy(h, 0, all, 0, h.length);
    System.arraycopy(body, 0, all, h.length, body.length);
    return all;
  }

  /** A JCA signature: "SHA256withECDSA", "SHA256withECDSAinP1363Format", "Ed25519" … */
  public static byte[] sign(String algorithm, PrivateKey key, byte[] message) {
    try {
      Signature signer = Signature.getInstance(algorithm);
      if (algorithm.equals("RSASSA-PSS")) {
        signer.setParameter(
            new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1));
      }
      signer.initSign(key);
      signer.update(message);
      return signer.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An envelope whose one signature is made with the key (null algorithm: unsigned). */
  public static ObjectNode envelope(
      String payloadType, byte[] payload, String algorithm, PrivateKey key, String keyid) {
    ObjectNode envelope = JSON.createObjectNode();
    envelope.put("payloadType", payloadType);
    envelope.put("payload", Base64.getEncoder().encodeToString(payload));
    ArrayNode signatures = envelope.putArray("signatures");
    if (algorithm != null) {
      ObjectNode signature = signatures.addObject();
      if (keyid != null) {
        signature.put("keyid", keyid);
      }
      signature.put(
          "sig",
          Base64.getEncoder().encodeToString(sign(algorithm, key, pae(payloadType, payload))));
    }
    return envelope;
  }

  public static byte[] bytes(ObjectNode node) {
    try {
      return JSON.writeValueAsBytes(node);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
