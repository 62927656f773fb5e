package org.provena.attestation.infrastructure.intoto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.provena.attestation.infrastructure.intoto.InTotoStatementTest.json;
import static org.provena.attestation.infrastructure.intoto.InTotoStatementTest.resource;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.provena.attestation.domain.InvalidEvidenceException;
import org.provena.attestation.domain.Provenance;
import org.provena.attestation.domain.ResolvedDependency;
import org.provena.attestation.infrastructure.EvidenceJson;
import org.provena.shared.domain.ArtifactHash;
import org.provena.shared.domain.HashAlgorithm;

class SlsaProvenanceTest {

  @Test
  void a_github_actions_v1_provenance_names_builder_source_and_times() throws Exception {
    InTotoStatement statement =
        InTotoStatement.read(resource("provenance-v1-github-actions.json"), "$");

    Provenance provenance = SlsaProvenance.read(statement, "$");

    assertThat(provenance.predicateType()).isEqualTo(SlsaProvenance.V1);
    assertThat(provenance.builderId()).isEqualTo("https://github.com/actions/runner/github-hosted");
    assertThat(provenance.buildType())
        .isEqualTo("https://actions.github.io/buildtypes/workflow/v1");
    assertThat(provenance.sourceRepository()).isEqualTo("https://github.com/acme/acme-tls");
    assertThat(provenance.sourceRef()).isEqualTo("refs/tags/v3.2.1");
    assertThat(provenance.sourceDigest()).isEqualTo("4f1c2e3d5b6a79801f2e3d4c5b6a79801f2e3d4c");
    assertThat(provenance.invocationId())
        .isEqualTo("https://github.com/acme/acme-tls/actions/runs/11223344/attempts/1");
    assertThat(provenance.startedOn()).isEqualTo(Instant.parse("2025-06-02T10:15:00Z"));
    assertThat(provenance.finishedOn()).isEqualTo(Instant.parse("2025-06-02T10:21:30Z"));
    assertThat(provenance.resolvedDependencies())
        .containsExactly(
            new ResolvedDependency(
                "git+https://github.com/acme/acme-tls@refs/tags/v3.2.1", null, java.util.Set.of()));
  }

  @Test
  void without_workflow_parameters_the_source_is_the_first_git_dependency() throws Exception {
    ObjectNode node = (ObjectNode) resource("provenance-v1-github-actions.json");
    ObjectNode definition = (ObjectNode) node.get("predicate").get("buildDefinition");
    definition.putObject("externalParameters").put("source", "whatever");
    definition
        .withArray("resolvedDependencies")
        .insertObject(0)
        .put("uri", "https://downloads.example/toolchain.tar.gz")
        .putObject("digest")
        .put("sha256", "a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90");

    Provenance provenance = SlsaProvenance.read(InTotoStatement.read(node, "$"), "$");

    assertThat(provenance.sourceRepository()).isEqualTo("https://github.com/acme/acme-tls");
    assertThat(provenance.sourceRef()).isEqualTo("refs/tags/v3.2.1");
    assertThat(provenance.sourceDigest()).isEqualTo("4f1c2e3d5b6a79801f2e3d4c5b6a79801f2e3d4c");
    assertThat(provenance.resolvedDependencies().get(0).digests())
        .containsExactly(
            new ArtifactHash(
                HashAlgorithm.SHA256,
                "a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90"));
  }

  @Test
  void the_tekton_v02_provenance_of_the_corpus_is_read() throws Exception {
    JsonEnvelope envelope = JsonEnvelope.of("oci-dsse-att.json");

    Provenance provenance = SlsaProvenance.read(envelope.statement(), "$.payload");

    assertThat(provenance.predicateType()).isEqualTo(SlsaProvenance.V02);
    assertThat(provenance.builderId()).isEqualTo("https://tekton.dev/chains/v2");
    assertThat(provenance.buildType()).isEqualTo("tekton.dev/v1beta1/TaskRun");
    assertThat(provenance.startedOn()).isEqualTo(Instant.parse("2022-12-20T14:09:04Z"));
    assertThat(provenance.finishedOn()).isEqualTo(Instant.parse("2022-12-20T14:09:36Z"));
    assertThat(provenance.sourceRepository()).isNull();
  }

  @Test
  void the_kubectl_v02_provenance_names_its_config_source_and_material() throws Exception {
    InTotoStatement statement =
        InTotoStatement.read(resource("oci-kubectl-linux-amd64-in-toto.json"), "$");

    Provenance provenance = SlsaProvenance.read(statement, "$");

    assertThat(provenance.builderId())
        .isEqualTo("Project Collection Build Service (AzureContainerUpstream)");
    assertThat(provenance.sourceRepository())
        .isEqualTo(
            "https://AzureContainerUpstream@dev.azure.com/AzureContainerUpstream/Kubernetes/_git/ado-build-definitions");
    assertThat(provenance.sourceDigest()).isEqualTo("b2ec157721d8e6d507ca6c79d0e8fa096fc2a101");
    assertThat(provenance.invocationId()).isEqualTo("119656");
    assertThat(provenance.resolvedDependencies())
        .singleElement()
        .satisfies(m -> assertThat(m.uri()).isEqualTo("https://github.com/kubernetes/kubernetes"));
  }

  @Test
  void a_v02_config_source_git_uri_is_split_into_repository_and_ref() throws Exception {
    String predicate =
        "{\"builder\":{\"id\":\"https://github.com/slsa-framework/slsa-github-generator/.github/"
            + "workflows/generator_generic_slsa3.yml@refs/tags/v1.9.0\"},"
            + "\"buildType\":\"https://github.com/slsa-framework/slsa-github-generator/generic@v1\","
            + "\"invocation\":{\"configSource\":{\"uri\":\"git+https://github.com/acme/lib@refs/heads/main\","
            + "\"digest\":{\"sha1\":\"0123456789abcdef0123456789abcdef01234567\"},"
            + "\"entryPoint\":\".github/workflows/release.yml\"}},"
            + "\"metadata\":{\"buildInvocationId\":\"42-1\",\"buildFinishedOn\":\"2024-02-03T04:05:06Z\"}}";
    InTotoStatement statement =
        InTotoStatement.read(
            json(
                "{\"_type\":\"https://in-toto.io/Statement/v0.1\",\"subject\":[{\"name\":\"a\","
                    + "\"digest\":{\"sha256\":\"6f2a9e0c4b1d8e7f3a5c9b2d4e6f8a0b1c3d5e7f9a2b4c6d8e0f1a3b5c7d9e1f\"}}],"
                    + "\"predicateType\":\"https://slsa.dev/provenance/v0.2\",\"predicate\":"
                    + predicate
                    + "}"),
            "$");

    Provenance provenance = SlsaProvenance.read(statement, "$");

    assertThat(provenance.sourceRepository()).isEqualTo("https://github.com/acme/lib");
    assertThat(provenance.sourceRef()).isEqualTo("refs/heads/main");
    assertThat(provenance.sourceDigest()).isEqualTo("0123456789abcdef0123456789abcdef01234567");
    assertThat(provenance.invocationId()).isEqualTo("42-1");
    assertThat(provenance.finishedOn()).isEqualTo(Instant.parse("2024-02-03T04:05:06Z"));
  }

  @Test
  void a_v1_provenance_without_builder_id_is_refused_at_its_path() throws Exception {
    ObjectNode node = (ObjectNode) resource("provenance-v1-github-actions.json");
    ((ObjectNode) node.get("predicate").get("runDetails").get("builder")).remove("id");

    assertThatThrownBy(() -> SlsaProvenance.read(InTotoStatement.read(node, "$"), "$.payload"))
        .isInstanceOfSatisfying(
            InvalidEvidenceException.class,
            e ->
                assertThat(e.problems().get(0).location())
                    .isEqualTo("$.payload.predicate.runDetails.builder.id"));
  }

  @Test
  void a_malformed_timestamp_is_refused_at_its_path() throws Exception {
    ObjectNode node = (ObjectNode) resource("provenance-v1-github-actions.json");
    ((ObjectNode) node.get("predicate").get("runDetails").get("metadata"))
        .put("finishedOn", "yesterday");

    assertThatThrownBy(() -> SlsaProvenance.read(InTotoStatement.read(node, "$"), "$"))
        .isInstanceOfSatisfying(
            InvalidEvidenceException.class,
            e -> {
              assertThat(e.problems().get(0).location())
                  .isEqualTo("$.predicate.runDetails.metadata.finishedOn");
              assertThat(e.getMessage()).isEqualTo("'yesterday' is not an RFC 3339 date-time");
            });
  }

  /** The corpus's DSSE envelope, opened without checking its signature. */
  record JsonEnvelope(InTotoStatement statement) {
    static JsonEnvelope of(String name) throws Exception {
      byte[] payload = Base64.getDecoder().decode(resource(name).get("payload").asText());
      return new JsonEnvelope(
          InTotoStatement.read(EvidenceJson.read(payload, "$.payload"), "$.payload"));
    }
  }
}
