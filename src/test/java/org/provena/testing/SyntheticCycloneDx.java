package org.provena.testing;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Random;
import java.util.UUID;

/**
 * Writes a CycloneDX 1.6 JSON SBOM of a given number of packages that looks like a real one: Maven,
 * npm, PyPI and Go packages with canonical purls, SHA-256 and SHA-512 hashes, licences, suppliers
 * on some, a primary component and a dependency graph in which each package depends on up to three
 * packages listed before it (a DAG, as real resolvers produce). The same seed gives the same bytes
 * except for the serial number.
 */
public final class SyntheticCycloneDx {

  private static final String[] LICENCES = {
    "Apache-2.0", "MIT", "BSD-3-Clause", "EPL-2.0", "ISC", "MPL-2.0", "LGPL-2.1-only"
  };
  private static final String[] ECOSYSTEMS = {"maven", "npm", "pypi", "golang"};

  private SyntheticCycloneDx() {}

  /** Writes {@code packages} packages (plus the primary component) to {@code file}. */
  public static void write(Path file, int packages, long seed) throws IOException {
    Random random = new Random(seed);
    HexFormat hex = HexFormat.of();
    try (JsonGenerator out = new JsonFactory().createGenerator(file.toFile(), JsonEncoding.UTF8)) {
      out.writeStartObject();
      out.writeStringField("bomFormat", "CycloneDX");
      out.writeStringField("specVersion", "1.6");
      out.writeStringField("serialNumber", "urn:uuid:" + UUID.randomUUID());
      out.writeNumberField("version", 1);
      out.writeObjectFieldStart("metadata");
      out.writeStringField("timestamp", "2026-11-30T12:00:00Z");
      out.writeArrayFieldStart("lifecycles");
      out.writeStartObject();
      out.writeStringField("phase", "build");
      out.writeEndObject();
      out.writeEndArray();
      out.writeObjectFieldStart("tools");
      out.writeArrayFieldStart("components");
      out.writeStartObject();
      out.writeStringField("type", "application");
      out.writeStringField("name", "provena-bench-generator");
      out.writeStringField("version", "1.0.0");
      out.writeEndObject();
      out.writeEndArray();
      out.writeEndObject();
      out.writeArrayFieldStart("authors");
      out.writeStartObject();
      out.writeStringField("name", "Acme Release Engineering");
      out.writeStringField("email", "release@acme-medical.com");
      out.writeEndObject();
      out.writeEndArray();
      out.writeObjectFieldStart("component");
      out.writeStringField("type", "firmware");
      out.writeStringField("bom-ref", "primary");
      out.writeStringField("name", "bench-firmware");
      out.writeStringField("version", "1.0." + packages);
      out.writeObjectFieldStart("supplier");
      out.writeStringField("name", "Acme Medical Modules");
      out.writeEndObject();
      out.writeEndObject();
      out.writeEndObject();

      out.writeArrayFieldStart("components");
      for (int i = 0; i < packages; i++) {
        writeComponent(out, i, random, hex);
      }
      out.writeEndArray();

      out.writeArrayFieldStart("dependencies");
      out.writeStartObject();
      out.writeStringField("ref", "primary");
      out.writeArrayFieldStart("dependsOn");
      for (int i = 0; i < Math.min(50, packages); i++) {
        out.writeString(purl(i));
      }
      out.writeEndArray();
      out.writeEndObject();
      for (int i = 1; i < packages; i++) {
        out.writeStartObject();
        out.writeStringField("ref", purl(i));
        out.writeArrayFieldStart("dependsOn");
        int count = 1 + random.nextInt(3);
        java.util.Set<Integer> targets = new java.util.TreeSet<>();
        while (targets.size() < Math.min(count, i)) {
          targets.add(random.nextInt(i));
        }
        for (int target : targets) {
          out.writeString(purl(target));
        }
        out.writeEndArray();
        out.writeEndObject();
      }
      out.writeEndArray();
      out.writeEndObject();
    }
  }

  private static String group(int i) {
    return "org.vendor" + (i % 97);
  }

  private static String name(int i) {
    return "lib-" + Integer.toString(i, 36) + "-" + (i % 13);
  }

  private static String version(int i) {
    return (1 + i % 7) + "." + (i % 31) + "." + (i % 11);
  }

  /** A canonical purl (lower-case names, encoded scope) of one of four ecosystems. */
  public static String purl(int i) {
    String name = name(i);
    String version = version(i);
    return switch (ECOSYSTEMS[i % ECOSYSTEMS.length]) {
      case "maven" -> "pkg:maven/" + group(i) + "/" + name + "@" + version;
      case "npm" -> "pkg:npm/%40scope" + (i % 89) + "/" + name + "@" + version;
      case "pypi" -> "pkg:pypi/" + name + "@" + version;
      default -> "pkg:golang/github.com/vendor" + (i % 83) + "/" + name + "@v" + version;
    };
  }

  private static void writeComponent(JsonGenerator out, int i, Random random, HexFormat hex)
      throws IOException {
    byte[] sha256 = new byte[32];
    byte[] sha512 = new byte[64];
    random.nextBytes(sha256);
    random.nextBytes(sha512);
    out.writeStartObject();
    out.writeStringField("type", "library");
    out.writeStringField("bom-ref", purl(i));
    if (ECOSYSTEMS[i % ECOSYSTEMS.length].equals("maven")) {
      out.writeStringField("group", group(i));
    }
    out.writeStringField("name", name(i));
    out.writeStringField("version", version(i));
    out.writeStringField("purl", purl(i));
    if (i % 3 == 0) {
      out.writeObjectFieldStart("supplier");
      out.writeStringField("name", "Vendor " + (i % 97));
      out.writeEndObject();
    }
    out.writeArrayFieldStart("hashes");
    writeHash(out, "SHA-256", hex.formatHex(sha256));
    writeHash(out, "SHA-512", hex.formatHex(sha512));
    out.writeEndArray();
    out.writeArrayFieldStart("licenses");
    out.writeStartObject();
    out.writeObjectFieldStart("license");
    out.writeStringField("id", LICENCES[random.nextInt(LICENCES.length)]);
    out.writeEndObject();
    out.writeEndObject();
    out.writeEndArray();
    out.writeEndObject();
  }

  private static void writeHash(JsonGenerator out, String algorithm, String value)
      throws IOException {
    out.writeStartObject();
    out.writeStringField("alg", algorithm);
    out.writeStringField("content", value);
    out.writeEndObject();
  }
}
