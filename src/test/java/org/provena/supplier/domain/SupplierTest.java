package org.provena.supplier.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SupplierTest {

  @Test
  void an_invited_supplier_becomes_active_and_can_be_suspended() {
    Supplier supplier = Supplier.invite("Acme Medical Modules", "acme", null, Instant.EPOCH);
    assertThat(supplier.status()).isEqualTo(SupplierStatus.INVITED);

    supplier.activate(Instant.EPOCH);
    assertThat(supplier.status()).isEqualTo(SupplierStatus.ACTIVE);

    supplier.suspend(Instant.EPOCH);
    assertThat(supplier.status()).isEqualTo(SupplierStatus.SUSPENDED);
  }

  @Test
  void a_supplier_without_a_cvd_contact_says_so() {
    Supplier supplier = Supplier.invite("Cobalt Wireless", "cobalt", null, Instant.EPOCH);

    assertThat(supplier.cvdContact()).isEmpty();
    supplier.recordCvdContact("psirt@cobalt.example", "https://cobalt.example/cvd", Instant.EPOCH);
    assertThat(supplier.cvdContact()).contains("psirt@cobalt.example");
  }

  @Test
  void a_supplier_needs_an_organization() {
    assertThatThrownBy(() -> Supplier.invite("Acme", " ", null, Instant.EPOCH))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
