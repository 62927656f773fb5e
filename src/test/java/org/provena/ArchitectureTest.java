package org.provena;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.Entity;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The skeleton: layers inside each context, boundaries between contexts, declared access. Plain
 * Jupiter tests that check ArchUnit rules (the ArchUnit JUnit engine's results are not reported by
 * this Surefire, so a broken rule would pass unnoticed).
 */
class ArchitectureTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importProductionClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.provena");
  }

  private static final List<String> CONTEXTS =
      List.of(
          "supplier",
          "component",
          "sbom",
          "attestation",
          "vulnerability",
          "finding",
          "scoring",
          "device",
          "request",
          "identity",
          "audit");

  @Test
  void domain_depends_on_no_outer_layer() {
    (noClasses()
            .that()
            .resideInAPackage("org.provena..domain..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..application..", "..infrastructure..", "..web..", "com.vaadin.."))
        .check(classes);
  }

  @Test
  void application_depends_on_no_infrastructure_or_web() {
    (noClasses()
            .that()
            .resideInAPackage("org.provena..application..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                "org.provena..infrastructure..", "org.provena..web..", "com.vaadin.."))
        .check(classes);
  }

  @Test
  void shared_kernel_depends_on_no_context() {
    (noClasses()
            .that()
            .resideInAPackage("org.provena.shared..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                CONTEXTS.stream().map(c -> "org.provena." + c + "..").toArray(String[]::new)))
        .check(classes);
  }

  @Test
  void contexts_meet_only_through_application_services_and_values() {
    (classes()
            .that()
            .resideInAnyPackage(
                CONTEXTS.stream().map(c -> "org.provena." + c + "..").toArray(String[]::new))
            .should(onlyReachOtherContextsThroughApplicationOrValues()))
        .check(classes);
  }

  @Test
  void every_rest_method_declares_who_may_call_it() {
    (methods()
            .that()
            .areAnnotatedWith(GET.class)
            .or()
            .areAnnotatedWith(POST.class)
            .or()
            .areAnnotatedWith(PUT.class)
            .or()
            .areAnnotatedWith(DELETE.class)
            .or()
            .areAnnotatedWith(PATCH.class)
            .should(declareRoles()))
        .check(classes);
  }

  @Test
  void no_entity_in_a_rest_signature() {
    (methods()
            .that()
            .areDeclaredInClassesThat()
            .resideInAPackage("..web.rest..")
            .should(notMentionEntities()))
        .check(classes);
  }

  @Test
  void every_view_declares_who_may_open_it() {
    (classes()
            .that()
            .areAnnotatedWith(Route.class)
            .should()
            .beAnnotatedWith(RolesAllowed.class)
            .orShould()
            .beAnnotatedWith(PermitAll.class))
        .check(classes);
  }

  private static String contextOf(JavaClass type) {
    String[] parts = type.getPackageName().split("\\.");
    return parts.length > 2 ? parts[2] : "";
  }

  private static String layerOf(JavaClass type) {
    String[] parts = type.getPackageName().split("\\.");
    return parts.length > 3 ? parts[3] : "";
  }

  private static ArchCondition<JavaClass> onlyReachOtherContextsThroughApplicationOrValues() {
    return new ArchCondition<>("reach other contexts only through application services or values") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        String own = contextOf(type);
        type.getDirectDependenciesFromSelf()
            .forEach(
                dependency -> {
                  JavaClass target = dependency.getTargetClass();
                  String other = contextOf(target);
                  if (!CONTEXTS.contains(other) || other.equals(own)) {
                    return;
                  }
                  String layer = layerOf(target);
                  boolean allowed =
                      layer.equals("application")
                          || (layer.equals("domain") && !target.isAnnotatedWith(Entity.class));
                  // The one deliberate crossing: every REST resource's role check and the caller.
                  allowed |=
                      target.getPackageName().equals("org.provena.identity.web.rest")
                          && target.getSimpleName().equals("RoleEnforcement");
                  if (!allowed) {
                    events.add(
                        SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                  }
                });
      }
    };
  }

  private static ArchCondition<JavaMethod> declareRoles() {
    return new ArchCondition<>("declare @RolesAllowed, @PermitAll or @DenyAll") {
      @Override
      public void check(JavaMethod method, ConditionEvents events) {
        JavaClass owner = method.getOwner();
        boolean declared =
            method.isAnnotatedWith(RolesAllowed.class)
                || method.isAnnotatedWith(PermitAll.class)
                || method.isAnnotatedWith(DenyAll.class)
                || owner.isAnnotatedWith(RolesAllowed.class)
                || owner.isAnnotatedWith(PermitAll.class);
        if (!declared) {
          events.add(
              SimpleConditionEvent.violated(method, method.getFullName() + " declares no roles"));
        }
      }
    };
  }

  private static ArchCondition<JavaMethod> notMentionEntities() {
    DescribedPredicate<JavaClass> entity =
        DescribedPredicate.describe("entity", type -> type.isAnnotatedWith(Entity.class));
    return new ArchCondition<>("take and return no JPA entity") {
      @Override
      public void check(JavaMethod method, ConditionEvents events) {
        boolean mentions =
            entity.test(method.getRawReturnType())
                || method.getRawParameterTypes().stream().anyMatch(entity::test);
        if (mentions) {
          events.add(
              SimpleConditionEvent.violated(method, method.getFullName() + " exposes an entity"));
        }
      }
    };
  }
}
