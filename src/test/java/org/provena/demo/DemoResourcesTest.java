package org.provena.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.provena.finding.domain.VexDocumentContent;
import org.provena.finding.infrastructure.vex.CsafVexReader;
import org.provena.finding.infrastructure.vex.CycloneDxVexReader;
import org.provena.finding.infrastructure.vex.OpenVexReader;
import org.provena.finding.infrastructure.vex.VexDocumentReader;
import org.provena.sbom.domain.ParsedSbom;
import org.provena.sbom.infrastructure.SbomFormatDetector;
import org.provena.sbom.infrastructure.cyclonedx.CycloneDxReader;
import org.provena.vulnerability.domain.Advisory;
import org.provena.vulnerability.infrastructure.feed.FeedProblem;
import org.provena.vulnerability.infrastructure.feed.KevReader;
import org.provena.vulnerability.infrastructure.feed.OsvReader;

/** The demo's files are valid: seeding would otherwise only log a warning at start-up. */
class DemoResourcesTest {

  @ParameterizedTest
  @ValueSource(strings = {"demo/acme-tls-3.1.4.cdx.json", "demo/borealis-rtos-11.2.0.cdx.json"})
  void the_demo_sboms_are_valid_cyclonedx(String resource) throws Exception {
    Path file = resource(resource);
    ParsedSbom sbom = new CycloneDxReader().read(file, new SbomFormatDetector().detect(file));
    assertThat(sbom.components()).isNotEmpty();
  }

  @Test
  void the_demo_feeds_read_without_problems() throws Exception {
    List<Advisory> advisories = new ArrayList<>();
    List<FeedProblem> problems = new ArrayList<>();
    try (InputStream in = Files.open("demo/osv-demo.json")) {
      new OsvReader().read(in, advisories::add, problems::add);
    }
    assertThat(advisories).hasSize(5).allSatisfy(a -> assertThat(a.cvssV31().score()).isNotNull());
    List<String> kev = new ArrayList<>();
    try (InputStream in = Files.open("demo/kev-demo.json")) {
      new KevReader().read(in, r -> kev.add(r.cveId()), problems::add);
    }
    assertThat(kev).containsExactly("CVE-2021-44228", "CVE-2023-44487");
    assertThat(problems).isEmpty();
  }

  @Test
  void the_demo_vex_reads_complete_with_its_product_and_subcomponent() throws Exception {
    VexDocumentContent vex =
        new VexDocumentReader(new CycloneDxVexReader(), new OpenVexReader(), new CsafVexReader())
            .read(Files.open("demo/acme-tls-3.1.4.openvex.json").readAllBytes());
    assertThat(vex.warnings()).isEmpty();
    assertThat(vex.statements())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.vulnerabilityId()).isEqualTo("CVE-2022-42889");
              assertThat(s.claim().isComplete()).isTrue();
              assertThat(s.products().get(0).purl())
                  .isEqualTo("pkg:generic/acme-medical/acme-tls@3.1.4");
              assertThat(s.products().get(0).subcomponents().get(0).purl())
                  .isEqualTo("pkg:maven/org.apache.commons/commons-text@1.9");
            });
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(DemoResourcesTest.class.getClassLoader().getResource(name).toURI());
  }

  private static final class Files {
    static InputStream open(String name) {
      return DemoResourcesTest.class.getClassLoader().getResourceAsStream(name);
    }
  }
}
