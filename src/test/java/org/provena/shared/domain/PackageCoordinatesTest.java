package org.provena.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PackageCoordinatesTest {

  @Test
  void maven_purl_has_group_and_artifact_in_its_key() {
    assertThat(
            PackageCoordinates.ofPurl(
                "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1?type=jar"))
        .contains(
            new PackageCoordinates("maven", "maven/org.apache.logging.log4j/log4j-core", "2.14.1"));
  }

  @Test
  void npm_scope_is_decoded_and_a_version_is_optional() {
    assertThat(PackageCoordinates.ofPurl("pkg:npm/%40angular/core@12.0.0"))
        .contains(new PackageCoordinates("npm", "npm/@angular/core", "12.0.0"));
    assertThat(PackageCoordinates.ofPurl("pkg:npm/lodash"))
        .contains(new PackageCoordinates("npm", "npm/lodash", null));
  }

  @Test
  void pypi_names_compare_as_pep_503_normalises_them() {
    assertThat(PackageCoordinates.ofPurl("pkg:pypi/Django_REST.framework@3.0").orElseThrow().key())
        .isEqualTo("pypi/django-rest-framework")
        .isEqualTo(PackageCoordinates.key("pypi", null, "django-rest-framework"));
  }

  @Test
  void go_modules_keep_their_path_and_versions_their_plus() {
    assertThat(
            PackageCoordinates.ofPurl(
                "pkg:golang/github.com/docker/docker@v20.10.7%2Bincompatible#api"))
        .contains(
            new PackageCoordinates(
                "golang", "golang/github.com/docker/docker", "v20.10.7+incompatible"));
  }

  @Test
  void not_a_purl_has_no_coordinates() {
    assertThat(PackageCoordinates.ofPurl("cpe:2.3:a:openssl:openssl:1.1.1:*:*:*:*:*:*:*"))
        .isEmpty();
    assertThat(PackageCoordinates.ofPurl("pkg:maven")).isEmpty();
    assertThat(PackageCoordinates.ofPurl(null)).isEmpty();
  }

  @Test
  void cpe_key_is_part_vendor_and_product() {
    assertThat(PackageCoordinates.ofCpe("cpe:2.3:a:openssl:openssl:1.1.1k:*:*:*:*:*:*:*"))
        .contains(new PackageCoordinates("cpe", "cpe/a:openssl:openssl", "1.1.1k"));
    assertThat(PackageCoordinates.ofCpe("cpe:/o:Linux:linux_kernel:5.10"))
        .contains(new PackageCoordinates("cpe", "cpe/o:linux:linux_kernel", "5.10"));
    assertThat(PackageCoordinates.ofCpe("cpe:2.3:h:acme:pump\\:x:*:*:*:*:*:*:*:*").orElseThrow())
        .extracting(PackageCoordinates::key, PackageCoordinates::version)
        .containsExactly("cpe/h:acme:pump\\:x", null);
    assertThat(PackageCoordinates.ofCpe("pkg:npm/x")).isEmpty();
  }

  @Test
  void a_malformed_escape_is_kept_as_text_not_thrown() {
    assertThat(PackageCoordinates.ofPurl("pkg:npm/foo@1.0%"))
        .contains(new PackageCoordinates("npm", "npm/foo", "1.0%"));
    assertThat(PackageCoordinates.ofPurl("pkg:generic/a%zz")).isPresent();
  }
}
