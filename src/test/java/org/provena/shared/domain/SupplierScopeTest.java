package org.provena.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class SupplierScopeTest {

  private final UUID acme = UUID.randomUUID();
  private final UUID borealis = UUID.randomUUID();

  @Test
  void a_supplier_scope_permits_only_its_own_rows() {
    SupplierScope scope = SupplierScope.only(acme);

    assertThat(scope.permits(acme)).isTrue();
    assertThat(scope.permits(borealis)).isFalse();
    assertThat(scope.supplier()).contains(acme);
    assertThat(scope.seesAllSuppliers()).isFalse();
  }

  @Test
  void the_manufacturer_scope_permits_every_supplier() {
    assertThat(SupplierScope.all().permits(borealis)).isTrue();
    assertThat(SupplierScope.all().supplier()).isEmpty();
  }

  @Test
  void an_unknown_organization_permits_nothing() {
    assertThat(SupplierScope.none().permits(acme)).isFalse();
    assertThat(SupplierScope.none().seesAllSuppliers()).isFalse();
    assertThat(SupplierScope.none().supplier()).isEmpty();
  }
}
