package org.provena.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.provena.attestation.application.AttestationForms;
import org.provena.attestation.application.AttestationIntake;
import org.provena.attestation.domain.AttestationKind;
import org.provena.attestation.domain.SecureDevelopmentStatement;
import org.provena.component.application.ComponentCatalogue;
import org.provena.component.application.ReleaseDetails;
import org.provena.finding.application.VexIntake;
import org.provena.supplier.application.SigningIdentities;
import org.provena.supplier.application.SupplierScopeResolver;

/**
 * The demo's evidence, filed on the suppliers' behalf through the same services as uploads: Acme
 * registers a signing key (generated here; its private half is dropped after signing) and delivers
 * SLSA provenance for acme-tls 3.1.4, an ISO/IEC 27001 certificate that expires in 20 days and an
 * OpenVEX document saying Text4Shell does not affect acme-tls 3.1.4 (Log4Shell is left for the
 * supplier to answer); Borealis files CISA's secure development attestation, due for renewal.
 */
@ApplicationScoped
public class DemoEvidence {

  private static final Logger LOG = Logger.getLogger(DemoEvidence.class.getName());

  @Inject SupplierScopeResolver scopes;
  @Inject SigningIdentities identities;
  @Inject AttestationIntake attestations;
  @Inject VexIntake vex;
  @Inject ComponentCatalogue catalogue;
  @Inject Clock clock;

  @ActivateRequestContext
  public void seed(UUID acme, UUID borealis) {
    try {
      scopes.actAsSupplier(acme);
      ReleaseDetails tls = catalogue.findOwnRelease("acme-tls", "3.1.4").orElseThrow();
      KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
      ec.initialize(new ECGenParameterSpec("secp256r1"));
      KeyPair key = ec.generateKeyPair();
      identities.registerKey(
          "Demo release key (generated at start; its private key was discarded)",
          "-----BEGIN PUBLIC KEY-----\n"
              + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                  .encodeToString(key.getPublic().getEncoded())
              + "\n-----END PUBLIC KEY-----\n");
      String digest = tls.hashes().get(0).substring(tls.hashes().get(0).indexOf(':') + 1);
      attestations.upload(
          new AttestationIntake.ReleaseRef(tls.id(), null, null),
          "application/json",
          new ByteArrayInputStream(envelope(provenance(digest), key)));
      LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
      attestations.fileCertificate(
          new AttestationForms.Certificate(
              AttestationKind.ISO_27001_CERTIFICATE,
              null,
              "Demo Certification Body",
              "Development and support of embedded TLS and BLE software",
              "ISMS-2023-0815",
              today.minusYears(3).plusDays(20),
              today.plusDays(20)),
          pdf("ISO/IEC 27001 certificate (demo) — Acme Medical Modules"));
      vex.upload(
          tls.id(),
          null,
          null,
          "application/json",
          DemoEvidence.class
              .getClassLoader()
              .getResourceAsStream("demo/acme-tls-3.1.4.openvex.json"));

      scopes.actAsSupplier(borealis);
      attestations.fileSecureDevelopment(
          new AttestationForms.SecureDevelopment(
              true,
              List.of(),
              EnumSet.allOf(SecureDevelopmentStatement.class),
              null,
              "Borealis PSIRT",
              "psirt@borealis-rtos.example",
              "Britt Borealis",
              "Chief Executive Officer",
              today.minusMonths(11).minusDays(10)),
          pdf("Secure Software Development Attestation Form (demo) — Borealis RTOS"));
      LOG.info("Demo evidence filed: a key, provenance, a certificate, a VEX document, an SSDA");
    } catch (Exception e) {
      LOG.log(Level.WARNING, "Demo evidence was not filed", e);
    }
  }

  /** A SLSA Provenance v1 statement, as the SLSA GitHub generator would write it. */
  private static String provenance(String sha256) {
    return """
        {"_type":"https://in-toto.io/Statement/v1",
         "subject":[{"name":"acme-tls-3.1.4.bin","digest":{"sha256":"%s"}}],
         "predicateType":"https://slsa.dev/provenance/v1",
         "predicate":{
           "buildDefinition":{
             "buildType":"https://slsa-framework.github.io/github-actions-buildtypes/workflow/v1",
             "externalParameters":{"workflow":{"ref":"refs/tags/v3.1.4",
               "repository":"https://github.com/acme-medical/acme-tls",
               "path":".github/workflows/release.yml"}},
             "resolvedDependencies":[{"uri":"git+https://github.com/acme-medical/acme-tls@refs/tags/v3.1.4",
               "digest":{"gitCommit":"c27d339ee6075c1f744c5d4b200f7901aad2c369"}}]},
           "runDetails":{
             "builder":{"id":"https://github.com/slsa-framework/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml@refs/tags/v2.1.0"},
             "metadata":{"invocationId":"https://github.com/acme-medical/acme-tls/actions/runs/1/attempts/1",
               "startedOn":"2024-10-15T07:40:00Z","finishedOn":"2024-10-15T07:52:00Z"}}}}
        """
        .formatted(sha256);
  }

  /** A DSSE envelope (in-toto's signing envelope) signed with ECDSA P-256 over its PAE. */
  private static byte[] envelope(String statement, KeyPair key) throws GeneralSecurityException {
    String type = "application/vnd.in-toto+json";
    byte[] payload = statement.getBytes(StandardCharsets.UTF_8);
    byte[] head =
        ("DSSEv1 " + type.length() + " " + type + " " + payload.length + " ")
            .getBytes(StandardCharsets.UTF_8);
    byte[] pae = new byte[head.length + payload.length];
    System.arraycopy(head, 0, pae, 0, head.length);
    System.arraycopy(payload, 0, pae, head.length, payload.length);
    Signature signer = Signature.getInstance("SHA256withECDSA");
    signer.initSign(key.getPrivate());
    signer.update(pae);
    String json =
        "{\"payloadType\":\""
            + type
            + "\",\"payload\":\""
            + Base64.getEncoder().encodeToString(payload)
            + "\",\"signatures\":[{\"keyid\":\"demo-release-key\",\"sig\":\""
            + Base64.getEncoder().encodeToString(signer.sign())
            + "\"}]}";
    return json.getBytes(StandardCharsets.UTF_8);
  }

  /** A one-page PDF saying what it stands for. */
  private static byte[] pdf(String title) throws IOException {
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      document.addPage(page);
      try (PDPageContentStream text = new PDPageContentStream(document, page)) {
        text.beginText();
        text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
        text.newLineAtOffset(72, 700);
        text.showText(title);
        text.endText();
      }
      document.save(out);
      return out.toByteArray();
    }
  }
}
