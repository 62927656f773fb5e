package org.provena.sbom.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.provena.sbom.domain.PackageEntry;
import org.provena.sbom.domain.ParsedSbom;
import org.provena.sbom.domain.SbomFormat;
import org.provena.sbom.domain.SbomMetadata;

class RecentlyParsedTest {

  private final RecentlyParsed recent = new RecentlyParsed();

  private static ParsedSbom withPackages(int count) {
    List<ParsedSbom.Component> components = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      components.add(
          new ParsedSbom.Component(
              "ref-" + i,
              new PackageEntry(
                  "ref-" + i, "library", null, "lib-" + i, "1.0", null, null, null, null, null),
              Map.of(),
              Set.of(),
              Set.of()));
    }
    return new ParsedSbom(
        new SbomMetadata(
            SbomFormat.CYCLONEDX_JSON, "1.6", null, null, null, null, null, null, null),
        null,
        components,
        List.of(),
        new ParsedSbom.DocumentFacts(null, false, null, false, List.of()));
  }

  @Test
  void a_document_validated_at_upload_is_handed_to_the_worker_once() {
    ParsedSbom parsed = withPackages(3);
    recent.keep("a".repeat(64), parsed);

    assertThat(recent.take("a".repeat(64))).containsSame(parsed);
    assertThat(recent.take("a".repeat(64))).isEmpty();
  }

  @Test
  void the_oldest_documents_go_first_when_the_package_bound_is_reached() {
    int half = RecentlyParsed.MAX_PACKAGES / 2 - 1; // each document counts its primary too
    recent.keep("1", withPackages(half));
    recent.keep("2", withPackages(half));
    recent.keep("3", withPackages(half));

    assertThat(recent.take("1")).isEmpty();
    assertThat(recent.take("2")).isPresent();
    assertThat(recent.take("3")).isPresent();
  }

  @Test
  void a_document_larger_than_the_bound_is_not_kept() {
    recent.keep("big", withPackages(RecentlyParsed.MAX_PACKAGES + 1));

    assertThat(recent.take("big")).isEmpty();
  }
}
