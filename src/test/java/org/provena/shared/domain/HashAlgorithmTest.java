package org.provena.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HashAlgorithmTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "SHA-256, SHA256",
    "sha256, SHA256",
    "SHA-512, SHA512",
    "SHA3-256, SHA3_256",
    "BLAKE2b-256, BLAKE2B_256",
    "SHA1, SHA1",
    "MD5, MD5"
  })
  void the_names_formats_use_are_understood(String name, HashAlgorithm expected) {
    assertThat(HashAlgorithm.parse(name)).contains(expected);
  }

  @ParameterizedTest
  @CsvSource({"MD5", "SHA1"})
  void md5_and_sha1_are_weak(HashAlgorithm algorithm) {
    assertThat(algorithm.isStrong()).isFalse();
  }
}
