package org.provena.attestation.infrastructure.pdf;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.util.Selector;
import org.provena.attestation.application.PdfSignatures;
import org.provena.attestation.domain.InvalidEvidenceException;
import org.provena.attestation.domain.SignatureCheck;
import org.provena.attestation.domain.SignatureOutcome;
import org.provena.attestation.domain.SigningTrust;
import org.provena.attestation.domain.TrustAnchor;
import org.provena.attestation.infrastructure.RegisteredKeys;
import org.provena.shared.infrastructure.PublicKeys;

/**
 * Checks the signatures of a PDF (ISO 32000-1 section 12.8) with PDFBox and BouncyCastle: each
 * signature's byte range must cover the whole file but its own /Contents, its detached CMS
 * SignedData (RFC 5652) must verify over those bytes, and its signer certificate's key must be one
 * the supplier registered. Trust comes from the registered key, not from a certificate chain: a
 * supplier's self-signed signing certificate is as good as a CA-issued one.
 *
 * <p>Every signature must pass, so a PDF changed after signing by an incremental update — a second
 * signature included — is invalid for its first; a countersigned form needs the same handling as
 * any later change. PDFs are parsed in memory with a bounded scratch area.
 */
@ApplicationScoped
public class PdfBoxSignatures implements PdfSignatures {

  /** PDFBox's scratch memory for decoded streams, beyond the document itself. */
  static final long MAX_SCRATCH_BYTES = 64L * 1024 * 1024;

  private static final BouncyCastleProvider BC = new BouncyCastleProvider();

  private static final String CHANGED = "it was changed after signing";

  /** What one signature dictionary says, read while the document is open. */
  private record Signed(String subFilter, int[] byteRange, byte[] contents) {}

  @Override
  public SignatureCheck check(byte[] pdf, List<TrustAnchor> anchors)
      throws InvalidEvidenceException {
    if (!isPdf(pdf)) {
      throw new InvalidEvidenceException("$", "not a PDF: the file does not start with %PDF-");
    }
    List<Signed> signatures = signatures(pdf);
    if (signatures.isEmpty()) {
      return SignatureCheck.unsigned("the PDF carries no digital signature");
    }
    RegisteredKeys keys = RegisteredKeys.of(anchors);
    SignatureCheck first = null;
    for (Signed signature : signatures) {
      SignatureCheck check = check(pdf, signature, keys);
      if (check.outcome() != SignatureOutcome.VALID) {
        return check;
      }
      first = first == null ? check : first;
    }
    return first;
  }

  /** ISO 32000-1 section 7.5.2: the header; readers accept it within the first 1024 bytes. */
  private static boolean isPdf(byte[] pdf) {
    if (pdf == null) {
      return false;
    }
    String head = new String(pdf, 0, Math.min(pdf.length, 1024), StandardCharsets.ISO_8859_1);
    return head.contains("%PDF-");
  }

  private static List<Signed> signatures(byte[] pdf) throws InvalidEvidenceException {
    try (PDDocument document =
        Loader.loadPDF(
            new RandomAccessReadBuffer(pdf),
            "",
            null,
            null,
            MemoryUsageSetting.setupMainMemoryOnly(MAX_SCRATCH_BYTES).streamCache)) {
      List<Signed> signed = new ArrayList<>();
      for (PDSignature signature : document.getSignatureDictionaries()) {
        int[] range = signature.getByteRange();
        byte[] contents = coversWholeFile(range, pdf) ? signature.getContents(pdf) : null;
        signed.add(new Signed(signature.getSubFilter(), range, contents));
      }
      return signed;
    } catch (InvalidPasswordException e) {
      throw new InvalidEvidenceException(
          "$", "the PDF is encrypted with a password: upload it without one");
    } catch (IOException | RuntimeException e) {
      throw new InvalidEvidenceException("$", "the PDF cannot be read: " + e.getMessage());
    }
  }

  /**
   * ISO 32000-1 section 12.8.1: /ByteRange is [0 a b c], the gap [a, b) holding exactly the hex
   * string of /Contents, and b + c the length of the file when nothing follows the signature.
   */
  private static boolean coversWholeFile(int[] range, byte[] pdf) {
    return range != null
        && range.length == 4
        && range[0] == 0
        && range[1] > 0
        && range[2] > range[1]
        && range[3] >= 0
        && (long) range[2] + range[3] == pdf.length
        && pdf[range[1]] == '<'
        && pdf[range[2] - 1] == '>';
  }

  private static SignatureCheck check(byte[] pdf, Signed signature, RegisteredKeys keys) {
    if (signature.contents() == null) {
      return SignatureCheck.invalid(
          "the signature does not cover the whole document: " + CHANGED, null);
    }
    String subFilter = signature.subFilter();
    if (subFilter != null
        && !subFilter.equals(PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED.getName())
        && !subFilter.equals(PDSignature.SUBFILTER_ETSI_CADES_DETACHED.getName())) {
      // adbe.pkcs7.sha1 and adbe.x509.rsa_sha1 sign a SHA-1 digest: collisions make them forgeable.
      return SignatureCheck.invalid(
          "the signature is of type " + subFilter + ", which signs with SHA-1 and is not accepted",
          null);
    }
    int[] range = signature.byteRange();
    byte[] signed = new byte[range[1] + range[3]];
    System.arraycopy(pdf, 0, signed, 0, range[1]);
    System.arraycopy(pdf, range[2], signed, range[1], range[3]);
    try {
      CMSSignedData cms =
          new CMSSignedData(new CMSProcessableByteArray(signed), signature.contents());
      Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
      if (signers.isEmpty()) {
        return SignatureCheck.invalid("the signature names no signer", null);
      }
      SignatureCheck result = null;
      for (SignerInformation signer : signers) {
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> certificates =
            cms.getCertificates().getMatches((Selector<X509CertificateHolder>) signer.getSID());
        if (certificates.isEmpty()) {
          return SignatureCheck.invalid(
              "the signature does not include its signer's certificate", null);
        }
        X509CertificateHolder holder = certificates.iterator().next();
        X509Certificate certificate =
            new JcaX509CertificateConverter().setProvider(BC).getCertificate(holder);
        String subject = certificate.getSubjectX500Principal().getName();
        if (!signer.verify(
            new JcaSimpleSignerInfoVerifierBuilder().setProvider(BC).build(holder))) {
          return SignatureCheck.invalid(
              "the CMS signature does not verify over the signed bytes: " + CHANGED, subject);
        }
        SignatureCheck check = registered(certificate, subject, keys);
        if (check.outcome() != SignatureOutcome.VALID) {
          return check;
        }
        result = result == null ? check : result;
      }
      return result;
    } catch (CMSException e) {
      // BouncyCastle reports a digest that does not match the signed bytes as a CMSException.
      return SignatureCheck.invalid(
          "the CMS signature does not verify over the signed bytes: " + CHANGED, null);
    } catch (CertificateException | OperatorCreationException | RuntimeException e) {
      return SignatureCheck.invalid("the signature cannot be read: " + e.getMessage(), null);
    }
  }

  private static SignatureCheck registered(
      X509Certificate certificate, String subject, RegisteredKeys keys) {
    String fingerprint;
    try {
      fingerprint = PublicKeys.of(certificate.getPublicKey(), null).fingerprint();
    } catch (IllegalArgumentException e) {
      return SignatureCheck.invalid(
          "signed by " + subject + " with a key Provena does not accept: " + e.getMessage(),
          subject);
    }
    return SigningTrust.judge(
        keys.withFingerprint(fingerprint),
        subject,
        "signed by " + subject + ", whose key is not registered by the supplier");
  }
}
