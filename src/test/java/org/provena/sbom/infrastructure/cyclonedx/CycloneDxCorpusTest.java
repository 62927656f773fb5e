package org.provena.sbom.infrastructure.cyclonedx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.provena.sbom.domain.InvalidSbomException;
import org.provena.sbom.domain.ParsedSbom;
import org.provena.sbom.infrastructure.DetectedFormat;
import org.provena.sbom.infrastructure.SbomFormatDetector;

/**
 * Sweeps the shared test-data corpus (outside the repository; skipped when it is absent): real
 * third-party CycloneDX SBOMs, the official CycloneDX specification test vectors and malformed edge
 * cases. Each file is its own test case. Files whose outcome differs from what their location
 * suggests are listed below, each with the reason.
 */
class CycloneDxCorpusTest {

  private static final Path CORPUS =
      Path.of(System.getProperty("provena.corpus", "../shared/corpus"));

  /** Real SBOMs (under sbom/cyclonedx) that are invalid against their own schema, and why. */
  private static final Map<String, String> INVALID_REAL_SBOMS =
      Map.ofEntries(
          Map.entry(
              "bom-examples/juice-shop/via_npm/bare/bom.1.2.json",
              "$schema names bom-1.2.schema.json; the 1.2 JSON schema allows only bom-1.2a"),
          Map.entry(
              "bom-examples/juice-shop/via_npm/flat/bom.1.2.json",
              "$schema names bom-1.2.schema.json; the 1.2 JSON schema allows only bom-1.2a"),
          Map.entry(
              "bom-examples/juice-shop/via_npm/bare/bom.1.3.json",
              "$schema does not name the 1.3 schema its specVersion declares"),
          Map.entry(
              "bom-examples/juice-shop/via_npm/flat/bom.1.3.json",
              "$schema does not name the 1.3 schema its specVersion declares"),
          Map.entry(
              "dep-scan/bom-docker.json",
              "metadata.tools[] entries wrap their fields in an undefined 'tool' object"),
          Map.entry(
              "dep-scan/bom-dotnet.xml", "externalReference <url> elements have child elements"),
          Map.entry(
              "dep-scan/bom-dotnet2.xml", "externalReference <url> elements have child elements"),
          Map.entry("dep-scan/bom-py.xml", "externalReference <url> elements have child elements"),
          Map.entry("dep-scan/bom-webgoat.xml", "a <component> carries text content"),
          Map.entry(
              "dependency-track/bom-issue2519.xml",
              "<properties> out of schema order (the Dependency-Track issue 2519 reproduction)"),
          Map.entry(
              "osv-scanner/alpine-zlib-16.cdx.json",
              "metadata.component.type is \"\", not a component type of the 1.6 enumeration"),
          Map.entry(
              "osv-scanner/with-duplicates.cdx.xml",
              "duplicate bom-ref values, which the XSD's uniqueness constraint forbids"));

  /** Specification vectors whose outcome is not the one their name says, and why. */
  private static final Map<String, String> VECTOR_EXCEPTIONS =
      Map.of(
          "1.6/valid-machine-learning-1.6.xml",
          "written for a later revision of bom-1.6.xsd (modelCard considerations users/user,"
              + " useCases/useCase …) than the one cyclonedx-core-java 12.2.0 bundles");

  /**
   * Vector folders of versions the CycloneDX library has no schema for: every document in them,
   * valid or not, is rejected as unsupported.
   */
  private static final Map<String, String> UNSUPPORTED_VERSIONS =
      Map.of("1.7", "cyclonedx-core-java 12.2.0 ships schemas up to 1.6 only");

  /** Edge cases (under edge-cases) that are CycloneDX, with whether they are accepted and why. */
  private static final Map<String, Boolean> EDGE_CASES =
      Map.of(
          "guac/cyclonedx-components-flat.json", true,
          "guac/cyclonedx-components-nested.json", true,
          "guac/cyclonedx-no-top-level.json", true,
          "guac/npm-cyclonedx-dependencies-missing-depends-on.json", true,
          // The "invalid version" is a semantic oddity of the top-level component's version
          // string; the schema allows any string there.
          "guac/distroless-cyclonedx-invalid-version.json", true,
          // Malformed purls are kept as given, with a warning: the schema does not check purls.
          "osv-scanner/bad-purls.cdx.xml", true,
          // bomFormat "CDX", specVersion "1": not recognisable as CycloneDX at all.
          "guac/invalid-cyclonedx.json", false,
          // Only an XML declaration: no root element.
          "guac/invalid-cyclonedx.xml", false);

  private final SbomFormatDetector detector = new SbomFormatDetector();
  private final CycloneDxReader reader = new CycloneDxReader();

  @TestFactory
  Stream<DynamicTest> every_real_cyclonedx_sbom_is_accepted_unless_listed_as_invalid()
      throws IOException {
    Path root = corpus().resolve("sbom/cyclonedx");
    return files(root).stream()
        .map(
            file -> {
              String name = root.relativize(file).toString();
              boolean valid = !INVALID_REAL_SBOMS.containsKey(name);
              return DynamicTest.dynamicTest(name, () -> check(file, valid));
            });
  }

  @TestFactory
  Stream<DynamicTest> every_valid_spec_vector_is_accepted_and_every_invalid_one_rejected()
      throws IOException {
    Path root = corpus().resolve("spec-vectors/cyclonedx");
    return files(root).stream()
        .map(
            file -> {
              String name = root.relativize(file).toString();
              boolean valid = file.getFileName().toString().startsWith("valid-");
              if (VECTOR_EXCEPTIONS.containsKey(name)) {
                valid = !valid;
              }
              if (UNSUPPORTED_VERSIONS.containsKey(root.relativize(file).getName(0).toString())) {
                return DynamicTest.dynamicTest(name, () -> checkUnsupported(file));
              }
              boolean expected = valid;
              return DynamicTest.dynamicTest(name, () -> check(file, expected));
            });
  }

  @TestFactory
  Stream<DynamicTest> cyclonedx_edge_cases_are_accepted_or_rejected_as_listed() {
    Path root = corpus().resolve("edge-cases");
    return EDGE_CASES.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(
            entry ->
                DynamicTest.dynamicTest(
                    entry.getKey(), () -> check(root.resolve(entry.getKey()), entry.getValue())));
  }

  /**
   * The streaming reader validates the big arrays element by element (CycloneDxJsonStream); on
   * every CycloneDX JSON document of the corpus it must find exactly the schema errors that
   * validating the whole tree at once finds, at the same JSON paths.
   */
  @TestFactory
  Stream<DynamicTest> streamed_validation_finds_what_whole_document_validation_finds()
      throws IOException {
    List<Path> all = new java.util.ArrayList<>();
    for (String folder : List.of("sbom/cyclonedx", "spec-vectors/cyclonedx", "edge-cases")) {
      Path root = corpus().resolve(folder);
      if (Files.isDirectory(root)) {
        all.addAll(files(root).stream().filter(f -> f.toString().endsWith(".json")).toList());
      }
    }
    return all.stream()
        .map(
            file ->
                DynamicTest.dynamicTest(corpus().relativize(file).toString(), () -> same(file)));
  }

  private void same(Path file) throws IOException {
    DetectedFormat detected;
    try {
      detected = detector.detect(file);
    } catch (InvalidSbomException notCycloneDx) {
      return;
    }
    org.cyclonedx.Version version = org.cyclonedx.Version.fromVersionString(detected.specVersion());
    if (version == null || !detected.format().name().startsWith("CYCLONEDX")) {
      return;
    }
    com.fasterxml.jackson.databind.ObjectMapper mapper =
        new com.fasterxml.jackson.databind.ObjectMapper();
    com.fasterxml.jackson.databind.JsonNode tree;
    try {
      tree = mapper.readTree(file.toFile());
    } catch (com.fasterxml.jackson.core.JsonProcessingException malformed) {
      return;
    }
    java.util.Set<String> whole =
        new org.cyclonedx.parsers.JsonParser()
            .getJsonSchema(version, mapper).validate(tree).stream()
                .map(e -> CycloneDxJsonStream.jsonPath("$", e.getInstanceLocation()))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    java.util.Set<String> streamed = new java.util.TreeSet<>();
    try {
      reader.read(file, detected);
    } catch (InvalidSbomException e) {
      for (var problem : e.problems()) {
        // uniqueItems: the stream names the repeated element, the tree names the array.
        streamed.add(
            problem.message().startsWith("must have only unique items")
                ? problem.location().replaceFirst("\\[\\d+]$", "")
                : problem.location());
      }
    }
    if (whole.size() >= CycloneDxReader.MAX_REPORTED_PROBLEMS) {
      // Reports stop at the limit: what is reported must still be right.
      assertThat(whole).as(file.toString()).containsAll(streamed);
      assertThat(streamed).as(file.toString()).isNotEmpty();
    } else {
      assertThat(streamed).as(file.toString()).isEqualTo(whole);
    }
  }

  private void check(Path file, boolean expectAccepted) {
    try {
      DetectedFormat detected = detector.detect(file);
      ParsedSbom sbom = reader.read(file, detected);
      if (!expectAccepted) {
        fail(file + " was accepted but should have been rejected");
      }
      assertThat(sbom.metadata().specVersion()).isEqualTo(detected.specVersion());
    } catch (InvalidSbomException e) {
      if (expectAccepted) {
        fail(
            file
                + " was rejected: "
                + e.getMessage()
                + " "
                + e.problems().stream().limit(5).collect(Collectors.toList()));
      }
      assertThat(e.problems()).isNotEmpty();
    }
  }

  private void checkUnsupported(Path file) {
    Throwable thrown = catchThrowable(() -> reader.read(file, detector.detect(file)));
    assertThat(thrown)
        .isInstanceOf(InvalidSbomException.class)
        .hasMessageContaining("is not supported");
  }

  private static Path corpus() {
    Assumptions.assumeTrue(Files.isDirectory(CORPUS), "corpus not found at " + CORPUS);
    return CORPUS;
  }

  private static List<Path> files(Path root) throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(root), "corpus folder not found: " + root);
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .filter(f -> f.toString().endsWith(".json") || f.toString().endsWith(".xml"))
          .sorted()
          .collect(Collectors.toList());
    }
  }
}
