package org.provena.finding.infrastructure.vex;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.provena.finding.domain.VexDocumentContent;
import org.provena.finding.domain.VexDocumentStatement;
import org.provena.finding.domain.VexLinks.Candidate;
import org.provena.finding.domain.VexProductMatcher;

/**
 * The CycloneDX VEX use cases of the shared corpus applied as their content says: each comes with
 * the SBOMs (bom-1.json …) its statements link to by BOM-Link. A finding in each SBOM is covered by
 * exactly the statements whose {@code affects} link to that SBOM's product — read through the VEX
 * reader and resolved by {@link VexProductMatcher}, compared with the links as the raw JSON gives
 * them. Skipped when the corpus is absent.
 */
class VexCorpusApplicationTest {

  private static final Path CORPUS =
      Path.of(System.getProperty("provena.corpus", "../shared/corpus"));
  private static final ObjectMapper JSON = new ObjectMapper();

  private final VexDocumentReader reader =
      new VexDocumentReader(new CycloneDxVexReader(), new OpenVexReader(), new CsafVexReader());

  @TestFactory
  Stream<DynamicTest> each_statement_covers_the_findings_of_the_products_it_links_to()
      throws IOException {
    Path examples = CORPUS.resolve("vex/bom-examples");
    Assumptions.assumeTrue(Files.isDirectory(examples), "no corpus at " + CORPUS.toAbsolutePath());
    try (Stream<Path> files = Files.walk(examples)) {
      return files
          .filter(f -> f.getFileName().toString().equals("vex.json"))
          .filter(f -> Files.exists(f.resolveSibling("bom-1.json")))
          .sorted()
          .toList()
          .stream()
          .map(vex -> DynamicTest.dynamicTest(CORPUS.relativize(vex).toString(), () -> check(vex)));
    }
  }

  private void check(Path vexFile) throws Exception {
    Map<String, Candidate> findings = new LinkedHashMap<>();
    try (Stream<Path> siblings = Files.list(vexFile.getParent())) {
      for (Path bom :
          siblings.filter(f -> f.getFileName().toString().startsWith("bom-")).toList()) {
        findings.put(bom.getFileName().toString(), findingIn(JSON.readTree(bom.toFile())));
      }
    }
    JsonNode raw = JSON.readTree(vexFile.toFile());
    VexDocumentContent content = reader.read(Files.readAllBytes(vexFile));
    assertThat(content.statements()).hasSize(raw.path("vulnerabilities").size());
    for (int i = 0; i < content.statements().size(); i++) {
      VexDocumentStatement statement = content.statements().get(i);
      Set<String> expected = new TreeSet<>();
      for (JsonNode affects : raw.path("vulnerabilities").get(i).path("affects")) {
        findings.forEach(
            (name, finding) -> {
              String link =
                  "urn:cdx:"
                      + finding.sbomSerial().substring("urn:uuid:".length())
                      + "/1#"
                      + finding.sbomPrimaryRef();
              if (affects.path("ref").asText().equals(link)) {
                expected.add(name);
              }
            });
      }
      Set<String> covered = new TreeSet<>();
      findings.forEach(
          (name, finding) -> {
            if (statement.products().stream().anyMatch(p -> VexProductMatcher.covers(p, finding))) {
              covered.add(name);
            }
          });
      assertThat(covered)
          .as("statement %d (%s, %s)", i, statement.vulnerabilityId(), statement.claim().status())
          .isEqualTo(expected);
    }
  }

  /** A finding on some dependency of the product the SBOM describes. */
  private static Candidate findingIn(JsonNode bom) {
    JsonNode product = bom.path("metadata").path("component");
    return new Candidate(
        UUID.randomUUID(),
        UUID.randomUUID(),
        UUID.randomUUID(),
        "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1",
        null,
        "log4j-core",
        "2.14.1",
        "log4j-core",
        Set.of(),
        bom.path("serialNumber").asText(),
        product.path("bom-ref").asText(),
        null,
        null,
        product.path("name").asText(),
        product.path("version").asText(),
        Set.of());
  }
}
