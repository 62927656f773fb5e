package org.provena.attestation.infrastructure.intoto;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.provena.attestation.domain.InvalidEvidenceException;
import org.provena.attestation.domain.Provenance;
import org.provena.attestation.domain.ResolvedDependency;
import org.provena.attestation.infrastructure.EvidenceJson;

/**
 * Reads a SLSA Provenance predicate into {@link Provenance}: v1
 * (https://slsa.dev/spec/v1.0/provenance) and v0.2 (https://slsa.dev/spec/v0.2/provenance), whose
 * fields map onto v1's as the SLSA v1.0 migration notes describe ({@code materials} → {@code
 * resolvedDependencies}, {@code metadata.buildInvocationId} → {@code invocationId} …).
 */
public final class SlsaProvenance {

  public static final String V1 = "https://slsa.dev/provenance/v1";
  public static final String V02 = "https://slsa.dev/provenance/v0.2";

  private SlsaProvenance() {}

  public static boolean isProvenance(String predicateType) {
    return V1.equals(predicateType) || V02.equals(predicateType);
  }

  /**
   * @param path where the statement lies in the uploaded document
   */
  public static Provenance read(InTotoStatement statement, String path)
      throws InvalidEvidenceException {
    String at = path + ".predicate";
    JsonNode predicate = EvidenceJson.object(statement.predicate(), at);
    return V1.equals(statement.predicateType()) ? v1(predicate, at) : v02(predicate, at);
  }

  private static Provenance v1(JsonNode predicate, String path) throws InvalidEvidenceException {
    String definitionPath = path + ".buildDefinition";
    JsonNode definition = EvidenceJson.object(predicate.get("buildDefinition"), definitionPath);
    String buildType = EvidenceJson.requiredText(definition, "buildType", definitionPath);
    JsonNode external =
        EvidenceJson.object(
            definition.get("externalParameters"), definitionPath + ".externalParameters");
    List<ResolvedDependency> dependencies = new ArrayList<>();
    List<String> commits = new ArrayList<>();
    JsonNode resolved = EvidenceJson.array(definition, "resolvedDependencies", definitionPath);
    for (int i = 0; i < resolved.size(); i++) {
      String at = EvidenceJson.index(definitionPath + ".resolvedDependencies", i);
      JsonNode dependency = EvidenceJson.object(resolved.get(i), at);
      dependencies.add(
          new ResolvedDependency(
              EvidenceJson.text(dependency, "uri", at),
              EvidenceJson.text(dependency, "name", at),
              InTotoStatement.lenientDigests(dependency.get("digest"))));
      commits.add(gitCommit(dependency.get("digest")));
    }
    String runPath = path + ".runDetails";
    JsonNode run = EvidenceJson.object(predicate.get("runDetails"), runPath);
    JsonNode builder = EvidenceJson.object(run.get("builder"), runPath + ".builder");
    String builderId = EvidenceJson.requiredText(builder, "id", runPath + ".builder");
    JsonNode metadata = run.path("metadata");
    String metadataPath = runPath + ".metadata";
    String invocationId = null;
    Instant startedOn = null;
    Instant finishedOn = null;
    if (!metadata.isMissingNode() && !metadata.isNull()) {
      EvidenceJson.object(metadata, metadataPath);
      invocationId = EvidenceJson.text(metadata, "invocationId", metadataPath);
      startedOn = EvidenceJson.instant(metadata, "startedOn", metadataPath);
      finishedOn = EvidenceJson.instant(metadata, "finishedOn", metadataPath);
    }
    Source source = v1Source(external, dependencies, commits);
    return new Provenance(
        V1,
        builderId,
        buildType,
        source.repository(),
        source.ref(),
        source.commit(),
        dependencies,
        invocationId,
        startedOn,
        finishedOn);
  }

  /**
   * GitHub Actions build types (https://actions.github.io/buildtypes/workflow/v1, and the SLSA
   * GitHub generator's) name the source in {@code externalParameters.workflow}; its commit is the
   * resolved dependency of that repository. Other builders are read from the first resolved
   * dependency that is a git reference ({@code git+https://host/repo@refs/…}, the SLSA v1.0
   * convention for sources).
   */
  private static Source v1Source(
      JsonNode external, List<ResolvedDependency> dependencies, List<String> commits) {
    JsonNode workflow = external.path("workflow");
    String repository = workflow.path("repository").asText(null);
    if (repository != null && !repository.isBlank()) {
      String ref = workflow.path("ref").asText(null);
      String commit = null;
      for (int i = 0; i < dependencies.size(); i++) {
        String uri = dependencies.get(i).uri();
        if (uri != null && uri.startsWith("git+" + repository)) {
          commit = commits.get(i);
          break;
        }
      }
      return new Source(repository, ref, commit);
    }
    for (int i = 0; i < dependencies.size(); i++) {
      Source source = gitSource(dependencies.get(i).uri(), commits.get(i));
      if (source != null) {
        return source;
      }
    }
    return new Source(null, null, null);
  }

  private static Provenance v02(JsonNode predicate, String path) throws InvalidEvidenceException {
    JsonNode builder = EvidenceJson.object(predicate.get("builder"), path + ".builder");
    String builderId = EvidenceJson.requiredText(builder, "id", path + ".builder");
    String buildType = EvidenceJson.text(predicate, "buildType", path);
    Source source = new Source(null, null, null);
    JsonNode configSource = predicate.path("invocation").path("configSource");
    if (configSource.isObject()) {
      String at = path + ".invocation.configSource";
      String uri = EvidenceJson.text(configSource, "uri", at);
      String commit = gitCommit(configSource.get("digest"));
      Source git = gitSource(uri, commit);
      source = git != null ? git : new Source(stripGitPrefix(uri), null, commit);
    }
    List<ResolvedDependency> materials = new ArrayList<>();
    JsonNode list = EvidenceJson.array(predicate, "materials", path);
    for (int i = 0; i < list.size(); i++) {
      String at = EvidenceJson.index(path + ".materials", i);
      JsonNode material = EvidenceJson.object(list.get(i), at);
      materials.add(
          new ResolvedDependency(
              EvidenceJson.text(material, "uri", at),
              null,
              InTotoStatement.lenientDigests(material.get("digest"))));
    }
    String invocationId = null;
    Instant startedOn = null;
    Instant finishedOn = null;
    JsonNode metadata = predicate.path("metadata");
    if (metadata.isObject()) {
      String at = path + ".metadata";
      invocationId = EvidenceJson.text(metadata, "buildInvocationId", at);
      if (invocationId == null) {
        // Tekton Chains and other early v0.2 writers spell it buildInvocationID.
        invocationId = EvidenceJson.text(metadata, "buildInvocationID", at);
      }
      startedOn = EvidenceJson.instant(metadata, "buildStartedOn", at);
      finishedOn = EvidenceJson.instant(metadata, "buildFinishedOn", at);
    }
    return new Provenance(
        V02,
        builderId,
        buildType,
        source.repository(),
        source.ref(),
        source.commit(),
        materials,
        invocationId,
        startedOn,
        finishedOn);
  }

  /** {@code git+https://github.com/acme/lib@refs/tags/v1.2} → repository and ref. */
  private static Source gitSource(String uri, String commit) {
    if (uri == null || !uri.startsWith("git+")) {
      return null;
    }
    int at = uri.lastIndexOf("@refs/");
    if (at < 0) {
      return new Source(stripGitPrefix(uri), null, commit);
    }
    return new Source(stripGitPrefix(uri.substring(0, at)), uri.substring(at + 1), commit);
  }

  private static String stripGitPrefix(String uri) {
    return uri != null && uri.startsWith("git+") ? uri.substring(4) : uri;
  }

  /** A git commit as SLSA digest sets name it: {@code gitCommit}, or {@code sha1} before that. */
  private static String gitCommit(JsonNode digest) {
    if (digest == null || !digest.isObject()) {
      return null;
    }
    for (String name : new String[] {"gitCommit", "sha1", "sha256"}) {
      String value = digest.path(name).asText("");
      if (value.matches("[0-9a-fA-F]{40}|[0-9a-fA-F]{64}")) {
        return value.toLowerCase(Locale.ROOT);
      }
    }
    return null;
  }

  private record Source(String repository, String ref, String commit) {}
}
