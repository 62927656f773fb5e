package org.provena.attestation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.provena.shared.domain.ArtifactHash;
import org.provena.shared.domain.HashAlgorithm;

class SubjectBinderTest {

  private static final ArtifactHash DELIVERED =
      new ArtifactHash(HashAlgorithm.SHA256, "a".repeat(64));
  private static final ArtifactHash OTHER = new ArtifactHash(HashAlgorithm.SHA256, "b".repeat(64));
  private static final ArtifactHash SHA512 =
      new ArtifactHash(HashAlgorithm.SHA512, "c".repeat(128));

  private static EvidenceSubject subject(String name, ArtifactHash... digests) {
    return new EvidenceSubject(name, Set.of(digests));
  }

  @Test
  void a_subject_with_the_delivered_digest_binds_even_when_it_is_not_the_first() {
    SubjectBinder.Outcome o =
        SubjectBinder.bind(
            List.of(subject("docs.tar", OTHER), subject("fw.bin", DELIVERED)), Set.of(DELIVERED));
    assertThat(o.binding()).isEqualTo(SubjectBinding.MATCHED);
    assertThat(o.subjectName()).isEqualTo("fw.bin");
    assertThat(o.subjectDigest()).isEqualTo(DELIVERED);
    assertThat(o.reason()).contains("'fw.bin'").contains("is the delivered artifact");
  }

  @Test
  void a_subject_with_another_digest_of_a_compared_algorithm_is_a_mismatch_naming_both() {
    SubjectBinder.Outcome o =
        SubjectBinder.bind(List.of(subject("fw.bin", OTHER)), Set.of(DELIVERED));
    assertThat(o.binding()).isEqualTo(SubjectBinding.MISMATCHED);
    assertThat(o.reason())
        .isEqualTo(
            "subject 'fw.bin' sha256:bbbbbbbbbbbbbbbb… matches none of the release's artifact"
                + " hashes (sha256:aaaaaaaaaaaaaaaa…)");
  }

  @Test
  void digests_in_algorithms_the_release_has_no_hash_in_cannot_be_checked() {
    SubjectBinder.Outcome o =
        SubjectBinder.bind(List.of(subject("fw.bin", SHA512)), Set.of(DELIVERED));
    assertThat(o.binding()).isEqualTo(SubjectBinding.UNKNOWN);
    assertThat(o.reason()).contains("share no algorithm");
  }

  @Test
  void a_release_without_hashes_says_how_to_make_the_check_possible() {
    SubjectBinder.Outcome o = SubjectBinder.bind(List.of(subject("fw.bin", OTHER)), Set.of());
    assertThat(o.binding()).isEqualTo(SubjectBinding.UNKNOWN);
    assertThat(o.reason()).contains("records no artifact hashes");
  }

  @Test
  void subjects_without_a_known_release_are_unknown_and_supplier_evidence_is_not_applicable() {
    assertThat(SubjectBinder.bind(List.of(subject("fw.bin", OTHER)), null).binding())
        .isEqualTo(SubjectBinding.UNKNOWN);
    assertThat(SubjectBinder.bind(List.of(), null).binding())
        .isEqualTo(SubjectBinding.NOT_APPLICABLE);
  }
}
