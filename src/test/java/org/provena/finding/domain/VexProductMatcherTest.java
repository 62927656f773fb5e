package org.provena.finding.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.provena.finding.domain.VexLinks.Candidate;
import org.provena.shared.domain.ArtifactHash;
import org.provena.shared.domain.HashAlgorithm;

class VexProductMatcherTest {

  private static final ArtifactHash FIRMWARE =
      new ArtifactHash(HashAlgorithm.SHA256, "f".repeat(64));
  private static final ArtifactHash JAR = new ArtifactHash(HashAlgorithm.SHA256, "1".repeat(64));

  /** log4j-core 2.14.1 in the acme-tls 3.1.4 release. */
  private static final Candidate LOG4J =
      new Candidate(
          UUID.randomUUID(),
          UUID.randomUUID(),
          UUID.randomUUID(),
          "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1?type=jar",
          "cpe:2.3:a:apache:log4j:2.14.1:*:*:*:*:*:*:*",
          "log4j-core",
          "2.14.1",
          "log4j-ref",
          Set.of(JAR),
          "urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79",
          "acme-tls-ref",
          "pkg:generic/acme/acme-tls@3.1.4",
          null,
          "acme-tls",
          "3.1.4",
          Set.of(FIRMWARE));

  private static VexProduct purl(String purl) {
    return new VexProduct(purl, null, null, null, null, null, List.of());
  }

  @Test
  void a_package_purl_covers_its_package_whatever_the_qualifiers_and_case_of_the_namespace() {
    assertThat(
            VexProductMatcher.covers(
                purl("pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1"), LOG4J))
        .isTrue();
    assertThat(
            VexProductMatcher.covers(purl("pkg:maven/org.apache.logging.log4j/log4j-core"), LOG4J))
        .as("a version-less purl covers every version")
        .isTrue();
    assertThat(
            VexProductMatcher.covers(
                purl("pkg:maven/org.apache.logging.log4j/log4j-core@2.17.1"), LOG4J))
        .isFalse();
    assertThat(
            VexProductMatcher.covers(purl("pkg:maven/org.apache.logging.log4j/log4j-api"), LOG4J))
        .isFalse();
  }

  @Test
  void the_release_purl_covers_every_finding_of_the_release_unless_subcomponents_narrow_it() {
    assertThat(VexProductMatcher.covers(purl("pkg:generic/acme/acme-tls@3.1.4"), LOG4J)).isTrue();
    assertThat(VexProductMatcher.covers(purl("pkg:generic/acme/acme-tls@3.1.5"), LOG4J)).isFalse();
    VexProduct narrowed =
        new VexProduct(
            "pkg:generic/acme/acme-tls@3.1.4",
            null,
            null,
            null,
            null,
            null,
            List.of(purl("pkg:npm/lodash@4.17.20")));
    assertThat(VexProductMatcher.covers(narrowed, LOG4J)).isFalse();
  }

  @Test
  void hashes_cpes_and_names_identify_the_release_or_the_package() {
    assertThat(
            VexProductMatcher.covers(
                new VexProduct(null, null, Set.of(FIRMWARE), null, null, null, List.of()), LOG4J))
        .isTrue();
    assertThat(
            VexProductMatcher.covers(
                new VexProduct(null, null, Set.of(JAR), null, null, null, List.of()), LOG4J))
        .isTrue();
    assertThat(
            VexProductMatcher.covers(
                new VexProduct(
                    null,
                    "CPE:2.3:A:APACHE:LOG4J:2.14.1:*:*:*:*:*:*:*",
                    null,
                    null,
                    null,
                    null,
                    List.of()),
                LOG4J))
        .isTrue();
    assertThat(
            VexProductMatcher.covers(
                new VexProduct(null, null, null, null, "ACME-TLS", "3.1.4", List.of()), LOG4J))
        .isTrue();
    assertThat(
            VexProductMatcher.covers(
                new VexProduct(null, null, null, null, "log4j-core", null, List.of()), LOG4J))
        .isTrue();
  }

  @Test
  void a_bom_link_to_the_sboms_primary_component_covers_the_whole_release() {
    assertThat(
            VexProductMatcher.covers(
                new VexProduct(
                    null,
                    null,
                    null,
                    "urn:cdx:3e671687-395b-41f5-a30f-a58921a69b79/1#acme-tls-ref",
                    null,
                    null,
                    List.of()),
                LOG4J))
        .isTrue();
  }

  @Test
  void a_bom_link_names_a_component_of_one_sbom_by_its_serial_number() {
    String link = "urn:cdx:3e671687-395b-41f5-a30f-a58921a69b79/1#log4j-ref";
    assertThat(
            VexProductMatcher.covers(
                new VexProduct(null, null, null, link, null, null, List.of()), LOG4J))
        .isTrue();
    assertThat(
            VexProductMatcher.covers(
                new VexProduct(
                    null,
                    null,
                    null,
                    "urn:cdx:00000000-395b-41f5-a30f-a58921a69b79/1#log4j-ref",
                    null,
                    null,
                    List.of()),
                LOG4J))
        .isFalse();
  }
}
