package org.provena.finding.infrastructure.vex;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cyclonedx.Version;
import org.cyclonedx.parsers.JsonParser;
import org.junit.jupiter.api.Test;
import org.provena.finding.application.VexExportDocument;
import org.provena.finding.application.VexExportDocument.Statement;
import org.provena.finding.application.VexExportFormat;
import org.provena.finding.domain.VexClaim;
import org.provena.finding.domain.VexDocumentContent;
import org.provena.finding.domain.VexDocumentStatement;
import org.provena.finding.domain.VexJustification;
import org.provena.finding.domain.VexProduct;
import org.provena.finding.domain.VexSource;
import org.provena.finding.domain.VexStatus;
import org.provena.shared.domain.ArtifactHash;
import org.provena.shared.domain.HashAlgorithm;

class VexWritersTest {

  private static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");
  private static final Instant EARLIER = Instant.parse("2025-02-01T08:30:00Z");

  private static final VexProduct RELEASE =
      new VexProduct(
          "pkg:generic/acme/infusion-pump-fw@4.2",
          null,
          Set.of(new ArtifactHash(HashAlgorithm.SHA256, "ab".repeat(32))),
          null,
          "infusion-pump-fw",
          "4.2",
          null);
  private static final VexProduct LOG4J =
      new VexProduct(
          "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1",
          null,
          null,
          null,
          "log4j-core",
          "2.14.1",
          null);
  private static final VexProduct OPENSSL =
      new VexProduct(
          "pkg:deb/debian/openssl@3.0.11",
          "cpe:2.3:a:openssl:openssl:3.0.11:*:*:*:*:*:*:*",
          Set.of(new ArtifactHash(HashAlgorithm.SHA512, "cd".repeat(64))),
          null,
          "openssl",
          "3.0.11",
          null);

  private static final List<Statement> STATEMENTS =
      List.of(
          new Statement(
              "CVE-2021-44228",
              List.of("GHSA-jfh8-c2jp-5v3q"),
              LOG4J,
              new VexClaim(
                  VexStatus.NOT_AFFECTED,
                  VexJustification.VULNERABLE_CODE_NOT_IN_EXECUTE_PATH,
                  "JNDI lookups are disabled at build time",
                  null),
              "code_not_reachable",
              EARLIER),
          new Statement(
              "CVE-2021-45046",
              List.of(),
              LOG4J,
              new VexClaim(VexStatus.AFFECTED, null, null, "update: Upgrade to 2.17.1"),
              null,
              EARLIER),
          new Statement(
              "CVE-2023-5678",
              List.of("OSV-2023-1"),
              OPENSSL,
              new VexClaim(VexStatus.FIXED, null, null, null),
              null,
              EARLIER),
          new Statement(
              "CVE-2024-0727",
              List.of(),
              OPENSSL,
              new VexClaim(VexStatus.UNDER_INVESTIGATION, null, "Reproducing on the device", null),
              null,
              null),
          new Statement(
              "CVE-2022-0001",
              List.of(),
              LOG4J,
              new VexClaim(
                  VexStatus.NOT_AFFECTED,
                  VexJustification.INLINE_MITIGATIONS_ALREADY_EXIST,
                  null,
                  null),
              null,
              EARLIER),
          new Statement(
              "CVE-2022-0002",
              List.of(),
              OPENSSL,
              new VexClaim(
                  VexStatus.NOT_AFFECTED, null, "False positive: matched by name only", null),
              "false_positive",
              EARLIER));

  private static final VexExportDocument EXPORT =
      new VexExportDocument(
          "urn:uuid:0b4c2f8e-6d1a-4f3b-9c7e-2a5d8e1f4b6c",
          "Acme Medical",
          NOW,
          7,
          RELEASE,
          STATEMENTS);

  private final VexDocumentWriter writer =
      new VexDocumentWriter(new OpenVexWriter(), new CycloneDxVexWriter());
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void the_cyclonedx_export_is_valid_against_the_1_6_schema() throws Exception {
    byte[] document = writer.write(VexExportFormat.CYCLONEDX, EXPORT);

    assertThat(new JsonParser().validate(document, Version.VERSION_16)).isEmpty();
    // The same document with a state CycloneDX does not know fails: the check is real.
    byte[] broken =
        new String(document, StandardCharsets.UTF_8)
            .replace("\"in_triage\"", "\"pondering\"")
            .getBytes(StandardCharsets.UTF_8);
    assertThat(new JsonParser().validate(broken, Version.VERSION_16)).isNotEmpty();
  }

  @Test
  void the_cyclonedx_export_reads_back_to_the_same_statements() throws Exception {
    VexDocumentContent read =
        VexFixtures.READER.read(writer.write(VexExportFormat.CYCLONEDX, EXPORT));

    assertThat(read.format()).isEqualTo(VexSource.CYCLONEDX);
    assertThat(read.specVersion()).isEqualTo("1.6");
    assertThat(read.documentId()).isEqualTo(EXPORT.documentId());
    assertThat(read.author()).isEqualTo("Acme Medical");
    assertThat(read.issuedAt()).isEqualTo(NOW);
    assertThat(read.warnings()).isEmpty();
    assertThat(read.statements()).hasSameSizeAs(STATEMENTS);
    for (int i = 0; i < STATEMENTS.size(); i++) {
      Statement written = STATEMENTS.get(i);
      VexDocumentStatement back = read.statements().get(i);
      assertThat(back.vulnerabilityId()).isEqualTo(written.vulnerabilityId());
      assertThat(back.aliases()).isEqualTo(written.aliases());
      assertThat(back.claim()).isEqualTo(written.claim());
      assertThat(back.products()).containsExactly(written.subcomponent());
      assertThat(back.timestamp())
          .isEqualTo(written.timestamp() == null ? NOW : written.timestamp());
      if (written.sourceJustification() != null) {
        assertThat(back.sourceJustification()).isEqualTo(written.sourceJustification());
      }
    }
    // A CISA justification without a finer word is written as CycloneDX's nearest one.
    assertThat(read.statements().get(4).sourceJustification())
        .isEqualTo("protected_by_mitigating_control");
  }

  @Test
  void the_cyclonedx_export_words_each_statement_as_cyclonedx_does() throws Exception {
    JsonNode bom = json.readTree(writer.write(VexExportFormat.CYCLONEDX, EXPORT));

    assertThat(bom.path("serialNumber").asText()).isEqualTo(EXPORT.documentId());
    assertThat(bom.path("version").asInt()).isEqualTo(7);
    assertThat(bom.at("/metadata/component/type").asText()).isEqualTo("application");
    assertThat(bom.at("/metadata/component/purl").asText()).isEqualTo(RELEASE.purl());
    assertThat(bom.at("/metadata/component/hashes/0/alg").asText()).isEqualTo("SHA-256");
    assertThat(bom.at("/metadata/manufacturer/name").asText()).isEqualTo("Acme Medical");
    assertThat(bom.path("components")).hasSize(2);
    assertThat(bom.at("/components/0/bom-ref").asText()).isEqualTo(LOG4J.purl());
    JsonNode vulnerabilities = bom.path("vulnerabilities");
    assertThat(vulnerabilities.at("/0/references/0/source/name").asText()).isEqualTo("GitHub");
    assertThat(vulnerabilities.at("/2/references/0/source/name").asText()).isEqualTo("OSV");
    assertThat(vulnerabilities.at("/0/analysis/justification").asText())
        .isEqualTo("code_not_reachable");
    assertThat(vulnerabilities.at("/0/affects/0/ref").asText()).isEqualTo(LOG4J.purl());
    assertThat(vulnerabilities.at("/1/analysis/state").asText()).isEqualTo("exploitable");
    assertThat(vulnerabilities.at("/1/analysis/response/0").asText()).isEqualTo("update");
    assertThat(vulnerabilities.at("/1/analysis/detail").asText()).isEqualTo("Upgrade to 2.17.1");
    assertThat(vulnerabilities.at("/2/analysis/state").asText()).isEqualTo("resolved");
    assertThat(vulnerabilities.at("/3/analysis/state").asText()).isEqualTo("in_triage");
    assertThat(vulnerabilities.at("/5/analysis/state").asText()).isEqualTo("false_positive");
    assertThat(vulnerabilities.at("/5/analysis/detail").asText()).isEqualTo("matched by name only");
  }

  @Test
  void a_document_id_that_is_no_uuid_becomes_a_stable_name_based_serial_number() throws Exception {
    VexExportDocument export =
        new VexExportDocument(
            "https://provena.example/vex/releases/42", "Acme", NOW, 1, RELEASE, STATEMENTS);

    String first =
        json.readTree(writer.write(VexExportFormat.CYCLONEDX, export))
            .path("serialNumber")
            .asText();
    String second =
        json.readTree(writer.write(VexExportFormat.CYCLONEDX, export))
            .path("serialNumber")
            .asText();

    assertThat(first).isEqualTo(second).startsWith("urn:uuid:");
    assertThat(UUID.fromString(first.substring("urn:uuid:".length())).version()).isEqualTo(3);
  }

  @Test
  void the_openvex_export_carries_every_field_openvex_requires() throws Exception {
    JsonNode vex = json.readTree(writer.write(VexExportFormat.OPENVEX, EXPORT));

    assertThat(vex.path("@context").asText()).isEqualTo("https://openvex.dev/ns/v0.2.0");
    assertThat(vex.path("@id").asText()).isEqualTo(EXPORT.documentId());
    assertThat(vex.path("author").asText()).isEqualTo("Acme Medical");
    assertThat(vex.path("role").asText()).isEqualTo("supplier");
    assertThat(vex.path("timestamp").asText()).isEqualTo("2025-03-01T12:00:00Z");
    assertThat(vex.path("version").asInt()).isEqualTo(7);
    assertThat(vex.path("statements")).hasSize(STATEMENTS.size());
    for (JsonNode statement : vex.path("statements")) {
      assertThat(statement.at("/vulnerability/name").asText()).isNotBlank();
      assertThat(statement.at("/products/0/@id").asText()).isEqualTo(RELEASE.purl());
      assertThat(statement.at("/products/0/subcomponents/0/@id").asText()).startsWith("pkg:");
      assertThat(statement.path("timestamp").asText()).isNotBlank();
      String status = statement.path("status").asText();
      assertThat(status).isIn("not_affected", "affected", "fixed", "under_investigation");
      if (status.equals("not_affected")) {
        assertThat(statement.has("justification") || statement.has("impact_statement")).isTrue();
      }
      if (status.equals("affected")) {
        assertThat(statement.path("action_statement").asText()).isNotBlank();
      }
    }
    assertThat(vex.at("/statements/0/justification").asText())
        .isEqualTo("vulnerable_code_not_in_execute_path");
    assertThat(vex.at("/statements/0/vulnerability/aliases/0").asText())
        .isEqualTo("GHSA-jfh8-c2jp-5v3q");
    assertThat(vex.at("/statements/0/products/0/hashes/sha-256").asText())
        .isEqualTo("ab".repeat(32));
  }

  @Test
  void the_openvex_export_reads_back_to_the_same_statements() throws Exception {
    VexDocumentContent read =
        VexFixtures.READER.read(writer.write(VexExportFormat.OPENVEX, EXPORT));

    assertThat(read.format()).isEqualTo(VexSource.OPENVEX);
    assertThat(read.specVersion()).isEqualTo("0.2.0");
    assertThat(read.documentId()).isEqualTo(EXPORT.documentId());
    assertThat(read.author()).isEqualTo("Acme Medical");
    assertThat(read.issuedAt()).isEqualTo(NOW);
    assertThat(read.warnings()).isEmpty();
    assertThat(read.statements()).hasSameSizeAs(STATEMENTS);
    for (int i = 0; i < STATEMENTS.size(); i++) {
      Statement written = STATEMENTS.get(i);
      VexDocumentStatement back = read.statements().get(i);
      assertThat(back.vulnerabilityId()).isEqualTo(written.vulnerabilityId());
      assertThat(back.aliases()).isEqualTo(written.aliases());
      assertThat(back.claim()).isEqualTo(written.claim());
      assertThat(back.timestamp())
          .isEqualTo(written.timestamp() == null ? NOW : written.timestamp());
      // OpenVEX names products by IRI and identifiers, not by name and version.
      VexProduct product = back.products().get(0);
      assertThat(identity(product)).isEqualTo(identity(RELEASE));
      assertThat(product.subcomponents()).hasSize(1);
      assertThat(identity(product.subcomponents().get(0)))
          .isEqualTo(identity(written.subcomponent()));
    }
  }

  @Test
  void a_release_without_a_purl_is_named_by_a_generic_purl_in_openvex() throws Exception {
    VexProduct unnamed = new VexProduct(null, null, null, null, "Pump firmware", "4.2", null);
    VexExportDocument export =
        new VexExportDocument("vex-1", "Acme", NOW, 1, unnamed, STATEMENTS.subList(0, 1));

    JsonNode vex = json.readTree(writer.write(VexExportFormat.OPENVEX, export));

    assertThat(vex.at("/statements/0/products/0/@id").asText())
        .isEqualTo("pkg:generic/Pump%20firmware@4.2");
  }

  private static List<Object> identity(VexProduct product) {
    return List.of(String.valueOf(product.purl()), String.valueOf(product.cpe()), product.hashes());
  }
}
