package org.provena.finding.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** "Fixed in" shows the fixes after the package's version, in the ecosystem's order. */
class FixedVersionsTest {

  @Test
  void only_the_later_release_lines_fixes_are_shown() {
    Set<String> fixed = new LinkedHashSet<>(List.of("2.15.0", "2.3.1", "2.12.2"));
    assertThat(
            JdbcFindingReads.fixesFor("maven/org.apache.logging.log4j/log4j-core", "2.14.1", fixed))
        .containsExactly("2.15.0");
    assertThat(JdbcFindingReads.fixesFor("maven/org.apache.logging.log4j/log4j-core", "2.1", fixed))
        .containsExactly("2.3.1", "2.12.2", "2.15.0");
  }

  @Test
  void all_fixes_when_the_version_cannot_be_ordered() {
    Set<String> fixed = Set.of("1.26.17");
    assertThat(JdbcFindingReads.fixesFor("pypi/urllib3", "not a version!", fixed))
        .containsExactly("1.26.17");
    assertThat(JdbcFindingReads.fixesFor("cpe/a:x:y", null, fixed)).containsExactly("1.26.17");
  }
}
