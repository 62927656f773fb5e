package org.provena.shared.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Date;
import java.util.HexFormat;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;
import org.provena.shared.domain.KeyAlgorithm;
import org.provena.testing.TestKeys;

class PublicKeysTest {

  @Test
  void an_spki_pem_of_each_algorithm_is_read_with_its_fingerprint() throws Exception {
    for (KeyPair pair : new KeyPair[] {TestKeys.ecP256(), TestKeys.ed25519(), TestKeys.rsa(2048)}) {
      PublicKeyMaterial key = PublicKeys.parse(TestKeys.publicPem(pair));

      assertThat(key.key()).isEqualTo(pair.getPublic());
      assertThat(key.fingerprint())
          .isEqualTo(
              HexFormat.of()
                  .formatHex(
                      MessageDigest.getInstance("SHA-256").digest(pair.getPublic().getEncoded())));
      assertThat(key.keyId()).isNull();
    }
    assertThat(PublicKeys.parse(TestKeys.publicPem(TestKeys.ecP256())).algorithm())
        .isEqualTo(KeyAlgorithm.ECDSA_P256);
    assertThat(PublicKeys.parse(TestKeys.publicPem(TestKeys.ed25519())).algorithm())
        .isEqualTo(KeyAlgorithm.ED25519);
    assertThat(PublicKeys.parse(TestKeys.publicPem(TestKeys.rsa(2048))).algorithm())
        .isEqualTo(KeyAlgorithm.RSA);
  }

  @Test
  void the_pem_is_normalised_to_64_character_lines() {
    KeyPair pair = TestKeys.rsa(2048);
    String oneLine =
        "-----BEGIN PUBLIC KEY-----"
            + java.util.Base64.getEncoder().encodeToString(pair.getPublic().getEncoded())
            + "-----END PUBLIC KEY-----";

    PublicKeyMaterial key = PublicKeys.parse("  \n" + oneLine + "\n\n");

    assertThat(key.pem()).isEqualTo(TestKeys.publicPem(pair));
    assertThat(key.pem().lines().skip(1).limit(5)).allSatisfy(l -> assertThat(l).hasSize(64));
  }

  @Test
  void a_certificate_pem_gives_its_key() throws Exception {
    KeyPair pair = TestKeys.ecP256();
    Instant now = Instant.now();
    X500Name name = new X500Name("CN=Acme Release Signing");
    byte[] der =
        new JcaX509v3CertificateBuilder(
                name,
                BigInteger.ONE,
                Date.from(now),
                Date.from(now.plus(1, ChronoUnit.DAYS)),
                name,
                pair.getPublic())
            .build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate()))
            .getEncoded();

    PublicKeyMaterial key = PublicKeys.parse(TestKeys.pem("CERTIFICATE", der));

    assertThat(key.algorithm()).isEqualTo(KeyAlgorithm.ECDSA_P256);
    assertThat(key.fingerprint()).isEqualTo(PublicKeys.fingerprint(pair.getPublic()));
  }

  @Test
  void jwks_of_each_algorithm_are_read_with_their_kid() {
    KeyPair ec = TestKeys.ecP256();
    KeyPair rsa = TestKeys.rsa(2048);
    KeyPair ed = TestKeys.ed25519();
    byte[] spki = ed.getPublic().getEncoded();
    String okp =
        new OctetKeyPair.Builder(
                Curve.Ed25519, Base64URL.encode(Arrays.copyOfRange(spki, 12, spki.length)))
            .keyID("ed-1")
            .build()
            .toJSONString();

    PublicKeyMaterial ecKey =
        PublicKeys.parse(
            new ECKey.Builder(Curve.P_256, (ECPublicKey) ec.getPublic())
                .keyID("ec-1")
                .build()
                .toJSONString());
    PublicKeyMaterial rsaKey =
        PublicKeys.parse(
            new RSAKey.Builder((RSAPublicKey) rsa.getPublic())
                .keyID("rsa-1")
                .build()
                .toJSONString());
    PublicKeyMaterial edKey = PublicKeys.parse(okp);

    assertThat(ecKey.algorithm()).isEqualTo(KeyAlgorithm.ECDSA_P256);
    assertThat(ecKey.keyId()).isEqualTo("ec-1");
    assertThat(ecKey.fingerprint()).isEqualTo(PublicKeys.fingerprint(ec.getPublic()));
    assertThat(rsaKey.algorithm()).isEqualTo(KeyAlgorithm.RSA);
    assertThat(rsaKey.keyId()).isEqualTo("rsa-1");
    assertThat(edKey.algorithm()).isEqualTo(KeyAlgorithm.ED25519);
    assertThat(edKey.keyId()).isEqualTo("ed-1");
    assertThat(edKey.key()).isEqualTo(ed.getPublic());
    assertThat(edKey.pem()).isEqualTo(TestKeys.publicPem(ed));
  }

  @Test
  void from_pem_gives_the_key_of_any_accepted_algorithm() {
    KeyPair ed = TestKeys.ed25519();

    assertThat(PublicKeys.fromPem(TestKeys.publicPem(ed))).isEqualTo(ed.getPublic());
  }

  @Test
  void a_p384_key_is_refused_because_only_p256_is_accepted() {
    String pem = TestKeys.publicPem(TestKeys.ec("secp384r1"));
    KeyPair p384 = TestKeys.ec("secp384r1");
    String jwk = new ECKey.Builder(Curve.P_384, (ECPublicKey) p384.getPublic()).build().toString();

    assertThatThrownBy(() -> PublicKeys.parse(pem))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("EC keys on curve SECP384R1 are not accepted: only P-256 is");
    assertThatThrownBy(() -> PublicKeys.parse(jwk))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("EC keys on curve P-384 are not accepted: only P-256 is");
  }

  @Test
  void an_rsa_key_under_2048_bits_is_refused_as_too_weak() {
    String pem = TestKeys.publicPem(TestKeys.rsa(1024));

    assertThatThrownBy(() -> PublicKeys.parse(pem))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("RSA keys under 2048 bits are too weak to register (this one has 1024)");
  }

  @Test
  void a_private_key_is_refused_telling_to_register_the_public_key_only() {
    KeyPair pair = TestKeys.ecP256();
    String pem = TestKeys.pem("PRIVATE KEY", pair.getPrivate().getEncoded());
    String jwk =
        new ECKey.Builder(Curve.P_256, (ECPublicKey) pair.getPublic())
            .privateKey(pair.getPrivate())
            .build()
            .toJSONString();

    assertThatThrownBy(() -> PublicKeys.parse(pem))
        .hasMessage("this is a private key — register the public key only");
    assertThatThrownBy(() -> PublicKeys.parse(jwk))
        .hasMessage("this is a private key — register the public key only");
    assertThatThrownBy(() -> PublicKeys.fromPem(pem))
        .hasMessage("this is a private key — register the public key only");
  }

  @Test
  void garbage_is_refused_saying_what_is_expected() {
    assertThatThrownBy(() -> PublicKeys.parse("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected a PEM block '-----BEGIN PUBLIC KEY-----'");
    assertThatThrownBy(
            () -> PublicKeys.parse("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("damaged");
    assertThatThrownBy(() -> PublicKeys.parse("{\"kty\":\"EC\"}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("not a JWK");
    assertThatThrownBy(() -> PublicKeys.parse("{\"kty\":\"oct\",\"k\":\"c2VjcmV0\"}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("shared secret");
    assertThatThrownBy(() -> PublicKeys.parse(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no public key given");
  }
}
