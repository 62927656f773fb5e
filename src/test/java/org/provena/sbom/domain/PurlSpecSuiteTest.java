package org.provena.sbom.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.provena.shared.domain.Purls;

/**
 * Runs the <a href="https://github.com/package-url/purl-spec">purl-spec</a> test vectors ({@code
 * tests/spec/specification-test.json} and {@code tests/types/*.json} of the shared corpus; skipped
 * when it is absent) against packageurl-java, the purl library we depend on. Test types: {@code
 * parse} (a purl string to its components), {@code build} (components to the canonical purl),
 * {@code validate} (a purl string to its canonical form); {@code expected_failure} means the input
 * must be rejected. Canonical forms go through {@link Purls}, which undoes the library's one
 * encoding error ({@code :} escaped as {@code %3A}); a vector the library fails for a type rule
 * listed here is reported as skipped with that reason, any other failure fails the build.
 */
class PurlSpecSuiteTest {

  private static final Path CORPUS =
      Path.of(System.getProperty("provena.corpus", "../shared/corpus"))
          .resolve("spec-vectors/purl/tests");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Type test files whose type-specific rules packageurl-java 1.5.0 does not implement. */
  private static final Map<String, String> TYPE_RULES_NOT_IN_1_5_0 =
      Map.ofEntries(
          Map.entry("brew-test.json", "brew names and namespaces are lower-cased"),
          Map.entry("composer-test.json", "composer names and namespaces are lower-cased"),
          Map.entry("git-test.json", "git names are lower-cased and may contain '/'"),
          Map.entry("huggingface-test.json", "huggingface commit versions are lower-cased"),
          Map.entry("mlflow-test.json", "mlflow names are lower-cased for Databricks registries"),
          Map.entry("chrome-extension-test.json", "a chrome-extension name is a 32-letter id"),
          Map.entry("cpan-test.json", "a cpan distribution name has no '::'"),
          Map.entry("otp-test.json", "an otp purl has no namespace"),
          Map.entry("swift-test.json", "a swift purl needs a namespace"),
          Map.entry("vcpkg-test.json", "a vcpkg purl has no namespace"),
          Map.entry("vscode-extension-test.json", "a vscode-extension purl needs a namespace"),
          Map.entry("julia-test.json", "a julia purl needs the uuid qualifier"),
          Map.entry("gem-test.json", "qualifier keys must be lower case (?Platform= is rejected)"),
          Map.entry("rpm-test.json", "the type must be lower case (pkg:Rpm/ is rejected)"),
          Map.entry(
              "npm-test.json",
              "a subpath may start with '/' (pkg:npm/@babel/core#/googleapis/...), which the"
                  + " library rejects"));

  @TestFactory
  Stream<DynamicNode> purl_spec_vectors_hold_for_packageurl_java() throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(CORPUS), "purl corpus not found at " + CORPUS);
    List<Path> files = new ArrayList<>();
    files.add(CORPUS.resolve("spec/specification-test.json"));
    try (Stream<Path> types = Files.list(CORPUS.resolve("types"))) {
      types.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
    }
    return files.stream()
        .map(
            file ->
                DynamicContainer.dynamicContainer(
                    CORPUS.relativize(file).toString(),
                    tests(file.getFileName().toString(), read(file)).stream()));
  }

  private static JsonNode read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<DynamicNode> tests(String file, JsonNode root) {
    List<DynamicNode> tests = new ArrayList<>();
    for (JsonNode test : root.get("tests")) {
      String name =
          "[%s] %s: %s %s"
              .formatted(
                  test.path("test_group").asText(),
                  test.get("test_type").asText(),
                  test.get("description").asText(),
                  test.get("input"));
      tests.add(DynamicTest.dynamicTest(name, () -> runKnowingGaps(file, test)));
    }
    return tests;
  }

  private static void runKnowingGaps(String file, JsonNode test) throws Exception {
    try {
      run(test);
    } catch (AssertionError | Exception failure) {
      String gap = TYPE_RULES_NOT_IN_1_5_0.get(file);
      if (gap != null) {
        Assumptions.abort("packageurl-java 1.5.0 does not implement: " + gap);
      }
      throw failure;
    }
  }

  private static void run(JsonNode test) throws MalformedPackageURLException {
    JsonNode input = test.get("input");
    JsonNode expected = test.get("expected_output");
    boolean failure = test.path("expected_failure").asBoolean(false);
    switch (test.get("test_type").asText()) {
      case "parse" -> {
        if (failure) {
          assertThatThrownBy(() -> new PackageURL(input.asText()))
              .isInstanceOf(MalformedPackageURLException.class);
        } else {
          PackageURL purl = new PackageURL(input.asText());
          assertThat(components(purl)).isEqualTo(components(expected));
        }
      }
      case "build" -> {
        if (failure) {
          assertThatThrownBy(() -> build(input))
              .isInstanceOfAny(MalformedPackageURLException.class, RuntimeException.class);
        } else {
          assertThat(Purls.canonical(build(input))).isEqualTo(expected.asText());
        }
      }
      case "validate", "roundtrip" -> {
        if (failure) {
          assertThatThrownBy(() -> new PackageURL(input.asText()))
              .isInstanceOf(MalformedPackageURLException.class);
        } else {
          assertThat(Purls.canonical(new PackageURL(input.asText()))).isEqualTo(expected.asText());
        }
      }
      default -> Assumptions.abort("test type not covered: " + test.get("test_type").asText());
    }
  }

  private static PackageURL build(JsonNode c) throws MalformedPackageURLException {
    TreeMap<String, String> qualifiers = null;
    if (c.hasNonNull("qualifiers")) {
      qualifiers = new TreeMap<>();
      for (Map.Entry<String, JsonNode> q : c.get("qualifiers").properties()) {
        qualifiers.put(q.getKey(), q.getValue().asText());
      }
    }
    return new PackageURL(
        text(c, "type"),
        text(c, "namespace"),
        text(c, "name"),
        text(c, "version"),
        qualifiers,
        text(c, "subpath"));
  }

  private static String text(JsonNode node, String field) {
    return node.hasNonNull(field) ? node.get(field).asText() : null;
  }

  /** Components with "absent" spelled one way: null, never an empty string or empty map. */
  private static List<Object> components(PackageURL purl) {
    Map<String, String> qualifiers = purl.getQualifiers();
    return List.of(
        String.valueOf(blank(purl.getType())),
        String.valueOf(blank(purl.getNamespace())),
        String.valueOf(blank(purl.getName())),
        String.valueOf(blank(purl.getVersion())),
        qualifiers == null ? Map.of() : new TreeMap<>(qualifiers),
        String.valueOf(blank(purl.getSubpath())));
  }

  private static List<Object> components(JsonNode c) {
    Map<String, String> qualifiers = new TreeMap<>();
    if (c.hasNonNull("qualifiers")) {
      c.get("qualifiers")
          .properties()
          .forEach(q -> qualifiers.put(q.getKey(), q.getValue().asText()));
    }
    return List.of(
        String.valueOf(blank(text(c, "type"))),
        String.valueOf(blank(text(c, "namespace"))),
        String.valueOf(blank(text(c, "name"))),
        String.valueOf(blank(text(c, "version"))),
        qualifiers,
        String.valueOf(blank(text(c, "subpath"))));
  }

  private static String blank(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
