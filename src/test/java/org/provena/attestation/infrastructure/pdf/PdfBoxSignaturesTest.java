package org.provena.attestation.infrastructure.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.junit.jupiter.api.Test;
import org.provena.attestation.domain.InvalidEvidenceException;
import org.provena.attestation.domain.SignatureCheck;
import org.provena.attestation.domain.SignatureOutcome;
import org.provena.attestation.domain.TrustAnchor;
import org.provena.attestation.infrastructure.Anchors;
import org.provena.testing.TestKeys;

class PdfBoxSignaturesTest {

  static final String SUBJECT = "CN=Jonas Weber,O=Acme Embedded GmbH,C=DE";
  static final String TITLE = "Secure Software Development Attestation";

  private final PdfBoxSignatures signatures = new PdfBoxSignatures();

  static byte[] unsignedPdf() throws Exception {
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      document.addPage(new PDPage());
      document.getDocumentInformation().setTitle(TITLE);
      // Uncompressed, so that a test can change a byte of the title.
      document.save(out, CompressParameters.NO_COMPRESSION);
      return out.toByteArray();
    }
  }

  static X509Certificate selfSigned(KeyPair pair, String algorithm) throws Exception {
    Instant now = Instant.now();
    // Certificates list the country first and the common name last; names read the other way round.
    X500Name name = new X500Name("C=DE,O=Acme Embedded GmbH,CN=Jonas Weber");
    return new JcaX509CertificateConverter()
        .getCertificate(
            new JcaX509v3CertificateBuilder(
                    name,
                    BigInteger.valueOf(now.toEpochMilli()),
                    Date.from(now.minus(1, ChronoUnit.DAYS)),
                    Date.from(now.plus(365, ChronoUnit.DAYS)),
                    name,
                    pair.getPublic())
                .build(new JcaContentSignerBuilder(algorithm).build(pair.getPrivate())));
  }

  /** Signs the PDF as signing tools do: an incremental update with a detached CMS signature. */
  static byte[] sign(byte[] pdf, KeyPair pair, String algorithm) throws Exception {
    X509Certificate certificate = selfSigned(pair, algorithm);
    try (PDDocument document = Loader.loadPDF(pdf);
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDSignature signature = new PDSignature();
      signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
      signature.setSubFilter(PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);
      signature.setName("Jonas Weber");
      signature.setSignDate(Calendar.getInstance());
      document.addSignature(
          signature,
          content -> {
            try {
              ContentSigner signer =
                  new JcaContentSignerBuilder(algorithm).build(pair.getPrivate());
              CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
              generator.addSignerInfoGenerator(
                  new JcaSignerInfoGeneratorBuilder(
                          new JcaDigestCalculatorProviderBuilder().build())
                      .build(signer, certificate));
              generator.addCertificates(new JcaCertStore(List.of(certificate)));
              return generator
                  .generate(new CMSProcessableByteArray(content.readAllBytes()), false)
                  .getEncoded();
            } catch (Exception e) {
              throw new java.io.IOException(e);
            }
          });
      document.saveIncremental(out);
      return out.toByteArray();
    }
  }

  @Test
  void a_pdf_signed_with_a_registered_key_is_valid() throws Exception {
    for (KeyPair pair : List.of(TestKeys.ecP256(), TestKeys.rsa(2048))) {
      String algorithm =
          pair.getPublic().getAlgorithm().equals("EC") ? "SHA256withECDSA" : "SHA256withRSA";
      TrustAnchor anchor = Anchors.key(pair, "acme-signing");

      SignatureCheck check =
          signatures.check(sign(unsignedPdf(), pair, algorithm), List.of(anchor));

      assertThat(check.outcome()).as(algorithm).isEqualTo(SignatureOutcome.VALID);
      assertThat(check.signingIdentityId()).isEqualTo(anchor.id());
      assertThat(check.signer()).isEqualTo(SUBJECT);
    }
  }

  @Test
  void a_pdf_signed_with_an_unregistered_key_is_invalid_naming_the_signer() throws Exception {
    KeyPair pair = TestKeys.ecP256();

    SignatureCheck check =
        signatures.check(
            sign(unsignedPdf(), pair, "SHA256withECDSA"),
            List.of(Anchors.key(TestKeys.ecP256(), "other")));

    assertThat(check.outcome()).isEqualTo(SignatureOutcome.INVALID);
    assertThat(check.reason())
        .isEqualTo("signed by " + SUBJECT + ", whose key is not registered by the supplier");
  }

  @Test
  void bytes_appended_after_signing_make_it_invalid() throws Exception {
    KeyPair pair = TestKeys.ecP256();
    byte[] signed = sign(unsignedPdf(), pair, "SHA256withECDSA");
    byte[] appended = Arrays.copyOf(signed, signed.length + 9);
    System.arraycopy(
        "\n% extra\n".getBytes(StandardCharsets.US_ASCII), 0, appended, signed.length, 9);

    SignatureCheck check = signatures.check(appended, List.of(Anchors.key(pair, "k")));

    assertThat(check.outcome()).isEqualTo(SignatureOutcome.INVALID);
    assertThat(check.reason())
        .isEqualTo("the signature does not cover the whole document: it was changed after signing");
  }

  @Test
  void a_byte_changed_inside_the_signed_range_makes_it_invalid() throws Exception {
    KeyPair pair = TestKeys.ecP256();
    byte[] signed = sign(unsignedPdf(), pair, "SHA256withECDSA");
    String text = new String(signed, StandardCharsets.ISO_8859_1);
    int at = text.indexOf("Development");
    assertThat(at).isPositive();
    signed[at] = 'd';

    SignatureCheck check = signatures.check(signed, List.of(Anchors.key(pair, "k")));

    assertThat(check.outcome()).isEqualTo(SignatureOutcome.INVALID);
    assertThat(check.reason())
        .isEqualTo(
            "the CMS signature does not verify over the signed bytes: it was changed after signing");
  }

  @Test
  void a_revoked_key_makes_it_invalid_and_a_rotated_one_valid_with_a_note() throws Exception {
    KeyPair pair = TestKeys.rsa(2048);
    byte[] signed = sign(unsignedPdf(), pair, "SHA256withRSA");
    TrustAnchor revoked =
        Anchors.revokedKey(pair, "k", Instant.parse("2025-02-14T00:00:00Z"), "employee left");

    SignatureCheck revokedCheck = signatures.check(signed, List.of(revoked));
    SignatureCheck rotatedCheck = signatures.check(signed, List.of(Anchors.rotatedKey(pair, "k")));

    assertThat(revokedCheck.reason())
        .isEqualTo(
            "signed with key "
                + revoked.fingerprint().substring(0, 12)
                + " revoked on 2025-02-14: employee left");
    assertThat(rotatedCheck.outcome()).isEqualTo(SignatureOutcome.VALID);
    assertThat(rotatedCheck.reason()).isEqualTo("signed with a rotated key");
  }

  @Test
  void an_unsigned_pdf_is_unsigned() throws Exception {
    SignatureCheck check = signatures.check(unsignedPdf(), List.of());

    assertThat(check.outcome()).isEqualTo(SignatureOutcome.UNSIGNED);
    assertThat(check.reason()).isEqualTo("the PDF carries no digital signature");
  }

  @Test
  void a_file_that_is_not_a_pdf_is_refused() {
    assertThatThrownBy(
            () ->
                signatures.check("{\"not\":\"a pdf\"}".getBytes(StandardCharsets.UTF_8), List.of()))
        .isInstanceOf(InvalidEvidenceException.class)
        .hasMessage("not a PDF: the file does not start with %PDF-");
  }

  @Test
  void a_broken_pdf_is_refused_never_failing_otherwise() throws Exception {
    byte[] signed = sign(unsignedPdf(), TestKeys.ecP256(), "SHA256withECDSA");
    for (int length = 8; length < signed.length; length += 211) {
      byte[] cut = Arrays.copyOf(signed, length);
      try {
        assertThat(signatures.check(cut, List.of()).outcome()).isNotEqualTo(SignatureOutcome.VALID);
      } catch (InvalidEvidenceException expected) {
        // A refusal is the right answer for a cut file.
      }
    }
    assertThatThrownBy(
            () ->
                signatures.check(
                    "%PDF-1.7\ngarbage".getBytes(StandardCharsets.US_ASCII), List.of()))
        .isInstanceOf(InvalidEvidenceException.class)
        .hasMessageStartingWith("the PDF cannot be read");
  }

  @Test
  void a_password_protected_pdf_is_refused_saying_so() throws Exception {
    byte[] encrypted;
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      document.addPage(new PDPage());
      StandardProtectionPolicy policy =
          new StandardProtectionPolicy("owner", "secret", new AccessPermission());
      document.protect(policy);
      document.save(out);
      encrypted = out.toByteArray();
    }

    assertThatThrownBy(() -> signatures.check(encrypted, List.of()))
        .isInstanceOf(InvalidEvidenceException.class)
        .hasMessage("the PDF is encrypted with a password: upload it without one");
  }
}
