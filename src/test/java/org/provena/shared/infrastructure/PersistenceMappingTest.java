package org.provena.shared.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.jpa.JpaHelper;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.DirectToFieldMapping;
import org.eclipse.persistence.mappings.converters.Converter;
import org.eclipse.persistence.mappings.converters.ConverterClass;
import org.eclipse.persistence.sessions.server.Server;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.provena.attestation.domain.Attestation;
import org.provena.attestation.domain.AttestationFacts;
import org.provena.attestation.domain.AttestationKind;
import org.provena.attestation.domain.SignatureCheck;
import org.provena.attestation.domain.SignatureOutcome;
import org.provena.attestation.domain.SubjectBinding;
import org.provena.attestation.domain.Verdict;
import org.provena.attestation.domain.VerificationStatus;
import org.provena.attestation.infrastructure.JpaAttestationRepository;
import org.provena.audit.domain.AuditEvent;
import org.provena.audit.infrastructure.JpaAuditLog;
import org.provena.component.domain.Component;
import org.provena.component.domain.ComponentRelease;
import org.provena.component.domain.ComponentType;
import org.provena.component.domain.LevelOfSupport;
import org.provena.component.infrastructure.JpaComponentRepository;
import org.provena.device.domain.Criticality;
import org.provena.device.domain.Device;
import org.provena.device.domain.DeviceComponent;
import org.provena.device.domain.DeviceRelease;
import org.provena.device.domain.Exposure;
import org.provena.device.infrastructure.JpaDeviceRepository;
import org.provena.finding.domain.Assessment;
import org.provena.finding.domain.Finding;
import org.provena.finding.domain.FindingState;
import org.provena.finding.domain.RiskControl;
import org.provena.finding.domain.SafetyImpact;
import org.provena.finding.domain.TriageState;
import org.provena.finding.domain.VexClaim;
import org.provena.finding.domain.VexDocument;
import org.provena.finding.domain.VexDocumentContent;
import org.provena.finding.domain.VexDocumentStatement;
import org.provena.finding.domain.VexJustification;
import org.provena.finding.domain.VexProblem;
import org.provena.finding.domain.VexProduct;
import org.provena.finding.domain.VexSource;
import org.provena.finding.domain.VexStatement;
import org.provena.finding.domain.VexStatus;
import org.provena.finding.infrastructure.JdbcVexLinks;
import org.provena.finding.infrastructure.JpaFindingRepository;
import org.provena.finding.infrastructure.JpaVexDocumentRepository;
import org.provena.finding.infrastructure.JpaVexStatementRepository;
import org.provena.request.domain.EvidenceRequest;
import org.provena.request.domain.RequestKind;
import org.provena.request.domain.RequestState;
import org.provena.request.domain.RequestTransition;
import org.provena.request.infrastructure.JpaEvidenceRequestRepository;
import org.provena.sbom.domain.DependencyEdge;
import org.provena.sbom.domain.JobState;
import org.provena.sbom.domain.PackageEntry;
import org.provena.sbom.domain.ProcessingJob;
import org.provena.sbom.domain.SbomDocument;
import org.provena.sbom.domain.SbomFormat;
import org.provena.sbom.domain.SbomMetadata;
import org.provena.sbom.domain.SbomPackage;
import org.provena.sbom.domain.SbomStatus;
import org.provena.sbom.domain.StoredBlob;
import org.provena.sbom.infrastructure.JpaProcessingJobRepository;
import org.provena.sbom.infrastructure.JpaSbomPackageRepository;
import org.provena.sbom.infrastructure.JpaSbomRepository;
import org.provena.sbom.infrastructure.JpaStoredBlobRepository;
import org.provena.scoring.domain.Grade;
import org.provena.scoring.domain.RiskScore;
import org.provena.scoring.domain.ScoreSubject;
import org.provena.scoring.infrastructure.JpaRiskScoreRepository;
import org.provena.shared.domain.ArtifactHash;
import org.provena.shared.domain.ForeignSupplierAccessException;
import org.provena.shared.domain.HashAlgorithm;
import org.provena.shared.domain.KeyAlgorithm;
import org.provena.shared.domain.PageRequest;
import org.provena.shared.domain.SupplierScope;
import org.provena.supplier.domain.ApiClient;
import org.provena.supplier.domain.SigningIdentity;
import org.provena.supplier.domain.SigningIdentityKind;
import org.provena.supplier.domain.SigningIdentityStatus;
import org.provena.supplier.domain.Supplier;
import org.provena.supplier.domain.SupplierStatus;
import org.provena.supplier.infrastructure.JpaApiClientRepository;
import org.provena.supplier.infrastructure.JpaSigningIdentityRepository;
import org.provena.supplier.infrastructure.JpaSupplierRepository;
import org.provena.vulnerability.domain.AffectedPackage;
import org.provena.vulnerability.domain.AffectedSource;
import org.provena.vulnerability.domain.EpssScore;
import org.provena.vulnerability.domain.Feed;
import org.provena.vulnerability.domain.FeedImport;
import org.provena.vulnerability.domain.FeedImportState;
import org.provena.vulnerability.domain.KevEntry;
import org.provena.vulnerability.domain.RangeType;
import org.provena.vulnerability.domain.Severity;
import org.provena.vulnerability.domain.Vulnerability;
import org.provena.vulnerability.infrastructure.JpaFeedImportRepository;
import org.provena.vulnerability.infrastructure.JpaVulnerabilityRepository;

/**
 * Every aggregate saved, reloaded and queried through its repository on the schema Flyway builds,
 * with the EclipseLink that Payara bundles: the main persistence unit {@code provena}, switched to
 * a resource-local in-memory H2 database. Each test writes its own rows (names are unique), and
 * every read after a write goes to the database: the persistence context is cleared on commit.
 */
class PersistenceMappingTest {

  /** Microsecond precision: what a {@code timestamp with time zone} column keeps. */
  private static final Instant NOW = Instant.parse("2025-03-14T09:26:53.589793Z");

  private static final SupplierScope ALL = SupplierScope.all();
  private static final PageRequest PAGE = PageRequest.first(100);

  private static String url;
  private static EntityManagerFactory factory;

  private EntityManager em;

  @BeforeAll
  static void createDatabase() {
    url = "jdbc:h2:mem:mapping-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    Flyway.configure()
        .dataSource(url, "sa", "")
        .locations("classpath:db/migration")
        .load()
        .migrate();
    Map<String, Object> overrides = new HashMap<>();
    overrides.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
    overrides.put("jakarta.persistence.jtaDataSource", "");
    overrides.put("jakarta.persistence.jdbc.driver", "org.h2.Driver");
    overrides.put("jakarta.persistence.jdbc.url", url);
    overrides.put("jakarta.persistence.jdbc.user", "sa");
    overrides.put("jakarta.persistence.jdbc.password", "");
    // Payara weaves at deployment; plain JUnit has no agent to do it.
    overrides.put("eclipselink.weaving", "false");
    factory = Persistence.createEntityManagerFactory("provena", overrides);
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    if (factory != null) {
      factory.close();
    }
    try (Connection connection = DriverManager.getConnection(url, "sa", "");
        Statement statement = connection.createStatement()) {
      statement.execute("shutdown");
    }
  }

  @BeforeEach
  void openEntityManager() {
    em = factory.createEntityManager();
  }

  @AfterEach
  void closeEntityManager() {
    if (em.getTransaction().isActive()) {
      em.getTransaction().rollback();
    }
    em.close();
  }

  // --- the persistence unit ---

  @Test
  void the_shared_converters_apply_to_every_instant_and_uuid_attribute() {
    Server session = JpaHelper.getServerSession(factory);
    List<String> instants = new ArrayList<>();
    List<String> uuids = new ArrayList<>();
    List<String> unconverted = new ArrayList<>();
    for (ClassDescriptor descriptor : session.getDescriptors().values()) {
      for (DatabaseMapping mapping : descriptor.getMappings()) {
        if (!(mapping instanceof DirectToFieldMapping direct) || mapping.isPrimaryKeyMapping()) {
          continue;
        }
        Class<?> type = declaredType(descriptor.getJavaClass(), mapping.getAttributeName());
        String name = descriptor.getJavaClass().getSimpleName() + "." + mapping.getAttributeName();
        Converter converter = direct.getConverter();
        if (type == Instant.class) {
          instants.add(name);
          if (!(converter instanceof ConverterClass<?, ?, ?>)
              || !(converter.convertObjectValueToDataValue(NOW, session)
                  instanceof OffsetDateTime)) {
            unconverted.add(name);
          }
        } else if (type == UUID.class) {
          uuids.add(name);
          if (!(converter instanceof ConverterClass<?, ?, ?>)) {
            unconverted.add(name);
          }
        }
      }
    }

    assertThat(instants).contains("Supplier.createdAt", "AuditEvent.occurredAt");
    assertThat(uuids).contains("VexStatement.findingId", "RiskScore.supplierId");
    assertThat(unconverted).isEmpty();
  }

  // --- suppliers ---

  @Test
  void a_supplier_round_trips_and_is_seen_only_in_its_own_scope() {
    var suppliers = repository(new JpaSupplierRepository());
    var acme = Supplier.invite("Acme " + unique(), unique(), null, NOW);
    var other = supplier();
    inTransaction(() -> suppliers.store(ALL, acme));

    inTransaction(
        () -> {
          var found = suppliers.find(ALL, acme.id()).orElseThrow();
          found.activate(NOW.plusSeconds(60));
          found.recordCvdContact("psirt@acme.example", "https://acme.example/cvd", NOW);
          suppliers.store(SupplierScope.only(acme.id()), found);
        });

    var reloaded = suppliers.find(SupplierScope.only(acme.id()), acme.id()).orElseThrow();
    assertThat(reloaded.name()).isEqualTo(acme.name());
    assertThat(reloaded.organizationAlias()).isEqualTo(acme.organizationAlias());
    assertThat(reloaded.status()).isEqualTo(SupplierStatus.ACTIVE);
    assertThat(reloaded.contactEmail()).isEmpty();
    assertThat(reloaded.cvdContact()).contains("psirt@acme.example");
    assertThat(reloaded.cvdPolicyUrl()).contains("https://acme.example/cvd");
    assertThat(reloaded.createdAt()).isEqualTo(NOW);
    assertThat(suppliers.findByOrganization(acme.organizationAlias()))
        .map(Supplier::id)
        .contains(acme.id());
    assertThat(suppliers.list(SupplierScope.only(acme.id()), PAGE))
        .extracting(Supplier::id)
        .containsExactly(acme.id());
    assertThat(suppliers.count(SupplierScope.only(acme.id()))).isEqualTo(1);
    assertThat(suppliers.count(SupplierScope.none())).isZero();
    assertOnlyOwnerSees(acme.id(), other.id(), scope -> suppliers.find(scope, acme.id()));
    assertThatThrownBy(() -> suppliers.store(SupplierScope.only(other.id()), reloaded))
        .isInstanceOf(ForeignSupplierAccessException.class);
  }

  @Test
  void a_signing_identity_keeps_its_key_and_its_revocation() {
    var identities = repository(new JpaSigningIdentityRepository());
    var acme = supplier();
    var other = supplier();
    SigningIdentity key =
        SigningIdentity.registerKey(
            acme.id(),
            "release key",
            KeyAlgorithm.ED25519,
            "key-1",
            "-----BEGIN PUBLIC KEY-----",
            "ff01",
            NOW);
    SigningIdentity sigstore =
        SigningIdentity.registerSigstoreIdentity(
            acme.id(),
            "release workflow",
            "https://github.com/acme/tls/.github/workflows/release.yml@refs/heads/main",
            "https://token.actions.githubusercontent.com",
            NOW.plusSeconds(1));
    inTransaction(
        () -> {
          identities.store(ALL, key);
          identities.store(ALL, sigstore);
        });

    inTransaction(
        () -> {
          var found = identities.find(SupplierScope.only(acme.id()), key.id()).orElseThrow();
          found.revoke("key leaked", NOW.plusSeconds(2));
          identities.store(SupplierScope.only(acme.id()), found);
        });

    var revoked = identities.find(ALL, key.id()).orElseThrow();
    assertThat(revoked.kind()).isEqualTo(SigningIdentityKind.PUBLIC_KEY);
    assertThat(revoked.algorithm()).contains(KeyAlgorithm.ED25519);
    assertThat(revoked.keyId()).contains("key-1");
    assertThat(revoked.label()).contains("release key");
    assertThat(revoked.fingerprint()).contains("ff01");
    assertThat(revoked.certificateSubject()).isEmpty();
    assertThat(revoked.status()).isEqualTo(SigningIdentityStatus.REVOKED);
    assertThat(revoked.revokedAt()).contains(NOW.plusSeconds(2));
    assertThat(revoked.revocationReason()).contains("key leaked");
    assertThat(revoked.registeredAt()).isEqualTo(NOW);
    var listed = identities.listBySupplier(SupplierScope.only(acme.id()), acme.id());
    assertThat(listed).extracting(SigningIdentity::id).containsExactly(sigstore.id(), key.id());
    assertThat(listed.get(0).algorithm()).isEmpty();
    assertThat(listed.get(0).oidcIssuer()).contains("https://token.actions.githubusercontent.com");
    assertThat(listed.get(0).revokedAt()).isEmpty();
    assertOnlyOwnerSees(acme.id(), other.id(), scope -> identities.find(scope, key.id()));
    assertOnlyOwnerSees(
        acme.id(), other.id(), scope -> identities.listBySupplier(scope, acme.id()));
  }

  @Test
  void an_api_client_is_found_by_its_client_id_and_keeps_its_revocation() {
    var clients = repository(new JpaApiClientRepository());
    var acme = supplier();
    var other = supplier();
    String clientId = "acme-ci-" + unique();
    ApiClient client = ApiClient.register(acme.id(), clientId, "CI pipeline", "admin", NOW);
    inTransaction(() -> clients.store(SupplierScope.only(acme.id()), client));

    var fresh = clients.findByClientId(clientId).orElseThrow();
    assertThat(fresh.isRevoked()).isFalse();
    assertThat(fresh.revokedAt()).isEmpty();
    inTransaction(
        () -> {
          var found = clients.find(ALL, client.id()).orElseThrow();
          found.revoke(NOW.plusSeconds(5));
          clients.store(ALL, found);
        });

    var revoked = clients.find(SupplierScope.only(acme.id()), client.id()).orElseThrow();
    assertThat(revoked.supplierId()).isEqualTo(acme.id());
    assertThat(revoked.clientId()).isEqualTo(clientId);
    assertThat(revoked.name()).isEqualTo("CI pipeline");
    assertThat(revoked.createdBy()).isEqualTo("admin");
    assertThat(revoked.createdAt()).isEqualTo(NOW);
    assertThat(revoked.revokedAt()).contains(NOW.plusSeconds(5));
    assertThat(clients.findByClientId("no-such-client")).isEmpty();
    assertOnlyOwnerSees(acme.id(), other.id(), scope -> clients.find(scope, client.id()));
    assertOnlyOwnerSees(acme.id(), other.id(), scope -> clients.listBySupplier(scope, acme.id()));
  }

  // --- components and devices ---

  @Test
  void a_component_release_keeps_its_hashes_and_its_component() {
    var components = repository(new JpaComponentRepository());
    var acme = supplier();
    var other = supplier();
    Component component =
        Component.register(acme.id(), "tls-" + unique(), ComponentType.FIRMWARE, "TLS stack", NOW);
    ComponentRelease release =
        component.release(
            "2.1.0", LevelOfSupport.ACTIVELY_MAINTAINED, LocalDate.of(2030, 12, 31), NOW);
    release.identify("pkg:generic/acme/tls@2.1.0", "cpe:2.3:a:acme:tls:2.1.0:*:*:*:*:*:*:*");
    release.releasedOn(LocalDate.of(2025, 3, 1));
    release.addHash(new ArtifactHash(HashAlgorithm.SHA256, "AB".repeat(32)));
    release.addHash(new ArtifactHash(HashAlgorithm.SHA512, "cd".repeat(64)));
    ComponentRelease older = component.release("2.0.0", null, null, NOW.minusSeconds(3600));
    inTransaction(
        () -> {
          components.store(SupplierScope.only(acme.id()), component);
          components.storeRelease(SupplierScope.only(acme.id()), release);
          components.storeRelease(SupplierScope.only(acme.id()), older);
        });

    var reloaded =
        components.findRelease(SupplierScope.only(acme.id()), release.id()).orElseThrow();
    assertThat(reloaded.version()).isEqualTo("2.1.0");
    assertThat(reloaded.supplierId()).isEqualTo(acme.id());
    assertThat(reloaded.component().id()).isEqualTo(component.id());
    assertThat(reloaded.component().type()).isEqualTo(ComponentType.FIRMWARE);
    assertThat(reloaded.component().description()).contains("TLS stack");
    assertThat(reloaded.component().createdAt()).isEqualTo(NOW);
    assertThat(reloaded.purl()).contains("pkg:generic/acme/tls@2.1.0");
    assertThat(reloaded.cpe()).contains("cpe:2.3:a:acme:tls:2.1.0:*:*:*:*:*:*:*");
    assertThat(reloaded.levelOfSupport()).isEqualTo(LevelOfSupport.ACTIVELY_MAINTAINED);
    assertThat(reloaded.endOfSupport()).contains(LocalDate.of(2030, 12, 31));
    assertThat(reloaded.releasedOn()).contains(LocalDate.of(2025, 3, 1));
    assertThat(reloaded.createdAt()).isEqualTo(NOW);
    assertThat(reloaded.hashes())
        .containsExactlyInAnyOrder(
            new ArtifactHash(HashAlgorithm.SHA256, "ab".repeat(32)),
            new ArtifactHash(HashAlgorithm.SHA512, "cd".repeat(64)));
    var olderReloaded = components.findRelease(ALL, older.id()).orElseThrow();
    assertThat(olderReloaded.levelOfSupport()).isEqualTo(LevelOfSupport.UNKNOWN);
    assertThat(olderReloaded.endOfSupport()).isEmpty();
    assertThat(olderReloaded.hashes()).isEmpty();

    assertThat(components.releasesOf(SupplierScope.only(acme.id()), component.id()))
        .extracting(ComponentRelease::version)
        .containsExactly("2.1.0", "2.0.0");
    assertThat(components.findReleases(ALL, List.of(release.id(), older.id()))).hasSize(2);
    assertThat(components.findByName(SupplierScope.only(acme.id()), acme.id(), component.name()))
        .map(Component::id)
        .contains(component.id());
    assertThat(components.count(SupplierScope.only(acme.id()))).isEqualTo(1);
    assertThat(components.countsBySupplier(SupplierScope.only(acme.id())))
        .containsOnlyKeys(acme.id())
        .hasEntrySatisfying(acme.id(), counts -> assertThat(counts).containsExactly(1L, 2L));
    assertOnlyOwnerSees(acme.id(), other.id(), scope -> components.find(scope, component.id()));
    assertOnlyOwnerSees(acme.id(), other.id(), scope -> components.list(scope, PAGE));
    assertOnlyOwnerSees(
        acme.id(), other.id(), scope -> components.findRelease(scope, release.id()));
    assertOnlyOwnerSees(
        acme.id(), other.id(), scope -> components.releasesOf(scope, component.id()));
    assertThat(components.countsBySupplier(SupplierScope.none())).isEmpty();
    assertThatThrownBy(() -> components.storeRelease(SupplierScope.only(other.id()), reloaded))
        .isInstanceOf(ForeignSupplierAccessException.class);
  }

  @Test
  void a_device_keeps_its_releases_and_their_components() {
    var devices = repository(new JpaDeviceRepository());
    var acme = supplier();
    ComponentRelease tls = componentRelease(acme);
    ComponentRelease kernel = componentRelease(acme);
    Device device = Device.define("Infusion pump " + unique(), "IP-200", "Volumetric pump", NOW);
    DeviceRelease first =
        device.release("1.0", LocalDate.of(2024, 1, 15), LocalDate.of(2034, 1, 15), NOW);
    first.include(tls.id(), Criticality.CLASS_C, Exposure.NETWORKED);
    DeviceRelease second = device.release("2.0", null, null, NOW.plusSeconds(1));
    second.include(tls.id(), Criticality.CLASS_B, Exposure.LOCAL_ONLY);
    second.include(kernel.id(), Criticality.CLASS_C, Exposure.NONE);
    inTransaction(() -> devices.store(device));

    inTransaction(
        () -> {
          var found = devices.find(device.id()).orElseThrow();
          found.releases().get(0).components().stream()
              .filter(c -> c.componentReleaseId().equals(kernel.id()))
              .findFirst()
              .orElseThrow()
              .reclassify(Criticality.CLASS_A, Exposure.LOCAL_ONLY);
          devices.store(found);
        });

    var reloaded = devices.findByName(device.name()).orElseThrow();
    assertThat(reloaded.id()).isEqualTo(device.id());
    assertThat(reloaded.modelNumber()).contains("IP-200");
    assertThat(reloaded.description()).contains("Volumetric pump");
    assertThat(reloaded.releases())
        .extracting(DeviceRelease::version)
        .containsExactly("2.0", "1.0");
    DeviceRelease v1 = reloaded.releases().get(1);
    assertThat(v1.device().id()).isEqualTo(device.id());
    assertThat(v1.releasedOn()).contains(LocalDate.of(2024, 1, 15));
    assertThat(v1.plannedEndOfSupport()).contains(LocalDate.of(2034, 1, 15));
    assertThat(v1.components())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.componentReleaseId()).isEqualTo(tls.id());
              assertThat(c.criticality()).isEqualTo(Criticality.CLASS_C);
              assertThat(c.exposure()).isEqualTo(Exposure.NETWORKED);
            });
    DeviceRelease v2 = reloaded.releases().get(0);
    assertThat(v2.releasedOn()).isEmpty();
    assertThat(v2.components())
        .extracting(DeviceComponent::componentReleaseId, DeviceComponent::criticality)
        .containsExactlyInAnyOrder(
            tuple(tls.id(), Criticality.CLASS_B), tuple(kernel.id(), Criticality.CLASS_A));
    assertThat(devices.list(PAGE)).extracting(Device::id).contains(device.id());
    assertThat(devices.count()).isPositive();
    assertThat(devices.find(UUID.randomUUID())).isEmpty();
  }

  // --- SBOMs ---

  @Test
  void a_stored_blob_is_written_once_per_digest() {
    var blobs = repository(new JpaStoredBlobRepository());
    String digest = randomSha256();
    StoredBlob blob = StoredBlob.stored(digest.toUpperCase(), 4096, "application/json", NOW);

    inTransaction(
        () -> {
          blobs.store(blob);
          blobs.store(StoredBlob.stored(digest, 1, "text/plain", NOW.plusSeconds(1)));
        });

    var reloaded = blobs.find(digest).orElseThrow();
    assertThat(reloaded.sha256()).isEqualTo(digest);
    assertThat(reloaded.sizeBytes()).isEqualTo(4096);
    assertThat(reloaded.mediaType()).contains("application/json");
    assertThat(reloaded.storedAt()).isEqualTo(NOW);
    assertThat(blobs.find(randomSha256())).isEmpty();
  }

  @Test
  void an_sbom_document_records_its_processing() {
    var sboms = repository(new JpaSbomRepository());
    var acme = supplier();
    var other = supplier();
    ComponentRelease release = componentRelease(acme);
    SbomDocument sbom = sbomDocument(acme, release);

    var pending = sboms.find(SupplierScope.only(acme.id()), sbom.id()).orElseThrow();
    assertThat(pending.status()).isEqualTo(SbomStatus.PENDING);
    assertThat(pending.format()).isEmpty();
    assertThat(pending.documentTimestamp()).isEmpty();
    assertThat(pending.processedAt()).isEmpty();
    Instant documentTimestamp = Instant.parse("2025-02-28T23:59:59.000001Z");
    inTransaction(
        () -> {
          var found = sboms.find(SupplierScope.only(acme.id()), sbom.id()).orElseThrow();
          found.startProcessing();
          found.markProcessed(
              new SbomMetadata(
                  SbomFormat.CYCLONEDX_JSON,
                  "1.6",
                  "urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79",
                  3,
                  "Acme build",
                  "cyclonedx-maven-plugin",
                  "2.9.1",
                  documentTimestamp,
                  "build"),
              42,
              "{\"score\":9}",
              NOW.plusSeconds(30));
          sboms.store(SupplierScope.only(acme.id()), found);
        });

    var processed = sboms.find(ALL, sbom.id()).orElseThrow();
    assertThat(processed.supplierId()).isEqualTo(acme.id());
    assertThat(processed.componentReleaseId()).isEqualTo(release.id());
    assertThat(processed.originalSha256()).isEqualTo(sbom.originalSha256());
    assertThat(processed.mediaType()).contains("application/vnd.cyclonedx+json");
    assertThat(processed.status()).isEqualTo(SbomStatus.PROCESSED);
    assertThat(processed.format()).contains(SbomFormat.CYCLONEDX_JSON);
    assertThat(processed.specVersion()).contains("1.6");
    assertThat(processed.serialNumber()).contains("urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79");
    assertThat(processed.documentVersion()).contains(3);
    assertThat(processed.author()).contains("Acme build");
    assertThat(processed.toolName()).contains("cyclonedx-maven-plugin");
    assertThat(processed.toolVersion()).contains("2.9.1");
    assertThat(processed.documentTimestamp()).contains(documentTimestamp);
    assertThat(processed.lifecycle()).contains("build");
    assertThat(processed.packageCount()).contains(42);
    assertThat(processed.qualityReport()).contains("{\"score\":9}");
    assertThat(processed.validationErrors()).isEmpty();
    assertThat(processed.uploadedBy()).isEqualTo("ci");
    assertThat(processed.uploadedAt()).isEqualTo(NOW);
    assertThat(processed.processedAt()).contains(NOW.plusSeconds(30));
    assertThat(sboms.listByRelease(SupplierScope.only(acme.id()), release.id()))
        .extracting(SbomDocument::id)
        .containsExactly(sbom.id());
    assertOnlyOwnerSees(acme.id(), other.id(), scope -> sboms.find(scope, sbom.id()));
    assertOnlyOwnerSees(acme.id(), other.id(), scope -> sboms.list(scope, PAGE));
    assertOnlyOwnerSees(acme.id(), other.id(), scope -> sboms.listByRelease(scope, release.id()));
  }

  @Test
  void an_sbom_inventory_keeps_package_hashes_and_dependency_edges() {
    var packages = repository(new JpaSbomPackageRepository());
    var acme = supplier();
    var other = supplier();
    SbomDocument sbom = sbomDocument(acme, componentRelease(acme));
    SbomPackage openssl =
        SbomPackage.listedIn(
            sbom,
            new PackageEntry(
                "pkg-openssl",
                "library",
                "org.openssl",
                "openssl",
                "3.0.13",
                "pkg:generic/openssl@3.0.13",
                "cpe:2.3:a:openssl:openssl:3.0.13:*:*:*:*:*:*:*",
                "Apache-2.0",
                "OpenSSL Software Foundation",
                Set.of(
                    new ArtifactHash(HashAlgorithm.SHA256, "AB".repeat(32)),
                    new ArtifactHash(HashAlgorithm.SHA1, "cd".repeat(20)))));
    SbomPackage zlib =
        SbomPackage.listedIn(
            sbom, new PackageEntry(null, null, null, "zlib", null, null, null, null, null, null));
    inTransaction(
        () ->
            packages.storeInventory(
                SupplierScope.only(acme.id()),
                sbom,
                List.of(openssl, zlib),
                List.of(DependencyEdge.between(openssl, zlib))));

    var reloaded = packages.find(SupplierScope.only(acme.id()), openssl.id()).orElseThrow();
    assertThat(reloaded.sbomId()).isEqualTo(sbom.id());
    assertThat(reloaded.supplierId()).isEqualTo(acme.id());
    assertThat(reloaded.bomRef()).contains("pkg-openssl");
    assertThat(reloaded.packageType()).contains("library");
    assertThat(reloaded.namespace()).contains("org.openssl");
    assertThat(reloaded.version()).contains("3.0.13");
    assertThat(reloaded.purl()).contains("pkg:generic/openssl@3.0.13");
    assertThat(reloaded.cpe()).contains("cpe:2.3:a:openssl:openssl:3.0.13:*:*:*:*:*:*:*");
    assertThat(reloaded.licenceExpression()).contains("Apache-2.0");
    assertThat(reloaded.supplierName()).contains("OpenSSL Software Foundation");
    assertThat(reloaded.hashes())
        .containsExactlyInAnyOrder(
            new ArtifactHash(HashAlgorithm.SHA256, "ab".repeat(32)),
            new ArtifactHash(HashAlgorithm.SHA1, "cd".repeat(20)));
    var bare = packages.find(ALL, zlib.id()).orElseThrow();
    assertThat(bare.version()).isEmpty();
    assertThat(bare.bomRef()).isEmpty();
    assertThat(bare.hashes()).isEmpty();
    assertThat(packages.listBySbom(SupplierScope.only(acme.id()), sbom.id(), PAGE))
        .extracting(SbomPackage::name)
        .containsExactly("openssl", "zlib");
    assertThat(packages.edgesOf(SupplierScope.only(acme.id()), sbom.id()))
        .singleElement()
        .satisfies(
            edge -> {
              assertThat(edge.fromPackageId()).isEqualTo(openssl.id());
              assertThat(edge.toPackageId()).isEqualTo(zlib.id());
              assertThat(edge.sbomId()).isEqualTo(sbom.id());
            });
    assertOnlyOwnerSees(acme.id(), other.id(), scope -> packages.find(scope, openssl.id()));
    assertOnlyOwnerSees(
        acme.id(), other.id(), scope -> packages.listBySbom(scope, sbom.id(), PAGE));
    assertOnlyOwnerSees(acme.id(), other.id(), scope -> packages.edgesOf(scope, sbom.id()));
    assertThat(packages.edgesFrom(ALL, sbom.id(), List.of(openssl.id())))
        .extracting(DependencyEdge::toPackageId)
        .containsExactly(zlib.id());
    assertThat(packages.edgesFrom(ALL, sbom.id(), List.of(zlib.id()))).isEmpty();
    assertOnlyOwnerSees(
        acme.id(),
        other.id(),
        scope -> packages.edgesFrom(scope, sbom.id(), List.of(openssl.id())));
    assertThatThrownBy(
            () ->
                packages.storeInventory(SupplierScope.only(other.id()), sbom, List.of(), List.of()))
        .isInstanceOf(ForeignSupplierAccessException.class);
  }

  @Test
  void a_renewed_lease_moves_on_for_its_holder_only_and_leaves_the_completion_valid() {
    var jobs = repository(new JpaProcessingJobRepository());
    ProcessingJob job = ProcessingJob.enqueue("SBOM", UUID.randomUUID(), NOW);
    inTransaction(() -> jobs.store(job));
    inTransaction(
        () -> {
          var found = jobs.find(job.id()).orElseThrow();
          found.lease("worker-1", NOW.plusSeconds(60));
          jobs.store(found);
        });
    em.clear();
    // The processing transaction read the job before the renewal ...
    ProcessingJob processing = jobs.find(job.id()).orElseThrow();
    em.detach(processing);

    boolean[] renewed = new boolean[2];
    inTransaction(() -> renewed[0] = jobs.extendLease(job.id(), "worker-1", NOW.plusSeconds(120)));
    inTransaction(() -> renewed[1] = jobs.extendLease(job.id(), "worker-2", NOW.plusSeconds(999)));
    em.clear();

    assertThat(renewed).containsExactly(true, false);
    assertThat(jobs.find(job.id()).orElseThrow().leaseUntil()).contains(NOW.plusSeconds(120));
    em.clear();
    // ... and still completes it: the renewal did not change the row version.
    processing.complete(NOW.plusSeconds(100));
    inTransaction(() -> jobs.store(processing));
    em.clear();
    assertThat(jobs.find(job.id()).orElseThrow().state()).isEqualTo(JobState.DONE);
  }

  @Test
  void a_processing_job_keeps_its_lease_and_retry_state() {
    var jobs = repository(new JpaProcessingJobRepository());
    UUID subject = UUID.randomUUID();
    ProcessingJob job = ProcessingJob.enqueue("SBOM", subject, NOW);
    inTransaction(() -> jobs.store(job));

    inTransaction(
        () -> {
          var found = jobs.find(job.id()).orElseThrow();
          found.lease("worker-1", NOW.plusSeconds(60));
          jobs.store(found);
        });
    var leased = jobs.find(job.id()).orElseThrow();
    assertThat(leased.state()).isEqualTo(JobState.RUNNING);
    assertThat(leased.leasedBy()).contains("worker-1");
    assertThat(leased.leaseUntil()).contains(NOW.plusSeconds(60));
    em.clear();
    inTransaction(
        () -> {
          var found = jobs.find(job.id()).orElseThrow();
          found.fail("parser crashed", NOW.plusSeconds(90));
          jobs.store(found);
        });
    inTransaction(
        () -> {
          var found = jobs.find(job.id()).orElseThrow();
          found.lease("worker-2", NOW.plusSeconds(150));
          found.complete(NOW.plusSeconds(120));
          jobs.store(found);
        });

    var done = jobs.findBySubject("SBOM", subject);
    assertThat(done)
        .singleElement()
        .satisfies(
            j -> {
              assertThat(j.id()).isEqualTo(job.id());
              assertThat(j.kind()).isEqualTo("SBOM");
              assertThat(j.state()).isEqualTo(JobState.DONE);
              assertThat(j.attempts()).isEqualTo(2);
              assertThat(j.lastError()).contains("parser crashed");
              assertThat(j.availableAt()).isEqualTo(NOW.plusSeconds(90));
              assertThat(j.leasedBy()).isEmpty();
              assertThat(j.leaseUntil()).isEmpty();
              assertThat(j.createdAt()).isEqualTo(NOW);
              assertThat(j.finishedAt()).contains(NOW.plusSeconds(120));
            });
    assertThat(jobs.findBySubject("VEX", subject)).isEmpty();
  }

  // --- vulnerabilities ---

  @Test
  void a_vulnerability_keeps_aliases_references_affected_packages_kev_and_epss() {
    var vulnerabilities = repository(new JpaVulnerabilityRepository());
    String cve = "CVE-2025-" + unique();
    String ghsa = "GHSA-" + unique();
    Vulnerability vulnerability = Vulnerability.identified(cve);
    vulnerability.addAlias(ghsa);
    vulnerability.addAlias("OSV-" + cve);
    vulnerability.describe(
        "Heap overflow", "Details", NOW, NOW.plusSeconds(60), null, List.of("CWE-79", "CWE-89"));
    vulnerability.rate("CVSS:3.1/AV:N/AC:L", new BigDecimal("9.8"), null, null);
    vulnerability.replaceReferences(
        List.of(
            new Vulnerability.Reference("ADVISORY", "https://example.org/advisory"),
            new Vulnerability.Reference(null, "https://example.org/fix")));
    vulnerability.replaceAffected(
        AffectedSource.OSV,
        List.of(
            AffectedPackage.osv(
                "npm",
                "left-pad",
                "npm",
                null,
                "left-pad",
                RangeType.SEMVER,
                "vers:npm/>=0.1|<1.0",
                List.of("0.1", "0.2"),
                List.of("1.0"))));
    vulnerability.scoreEpss(new EpssScore(0.5, 0.9, LocalDate.of(2025, 3, 1)));
    inTransaction(() -> vulnerabilities.store(vulnerability));

    var reloaded = vulnerabilities.findByAlias(ghsa).orElseThrow();
    assertThat(reloaded.id()).isEqualTo(vulnerability.id());
    assertThat(reloaded.primaryId()).isEqualTo(cve);
    assertThat(reloaded.aliases()).containsExactlyInAnyOrder(ghsa, "OSV-" + cve);
    assertThat(reloaded.summary()).contains("Heap overflow");
    assertThat(reloaded.publishedAt()).contains(NOW);
    assertThat(reloaded.modifiedAt()).contains(NOW.plusSeconds(60));
    assertThat(reloaded.withdrawnAt()).isEmpty();
    assertThat(reloaded.cweIds()).containsExactly("CWE-79", "CWE-89");
    assertThat(reloaded.severity()).isEqualTo(Severity.CRITICAL);
    assertThat(reloaded.cvssV31Score())
        .hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("9.8"));
    assertThat(reloaded.cvssV40Score()).isEmpty();
    assertThat(reloaded.epss()).contains(new EpssScore(0.5, 0.9, LocalDate.of(2025, 3, 1)));
    assertThat(reloaded.kev()).isEmpty();
    assertThat(reloaded.knownExploited()).isFalse();
    assertThat(reloaded.references())
        .extracting(r -> r.type().orElse(null), r -> r.url())
        .containsExactlyInAnyOrder(
            tuple("ADVISORY", "https://example.org/advisory"),
            tuple(null, "https://example.org/fix"));
    assertThat(reloaded.affected())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.source()).isEqualTo(AffectedSource.OSV);
              assertThat(a.ecosystem()).contains("npm");
              assertThat(a.purlNamespace()).isEmpty();
              assertThat(a.rangeType()).contains(RangeType.SEMVER);
              assertThat(a.vers()).contains("vers:npm/>=0.1|<1.0");
              assertThat(a.explicitVersions()).containsExactly("0.1", "0.2");
              assertThat(a.fixedVersions()).containsExactly("1.0");
            });
    em.clear();

    KevEntry kev =
        new KevEntry(
            LocalDate.of(2025, 3, 2), LocalDate.of(2025, 3, 23), "Patch", "Known", "Acme", "TLS");
    inTransaction(
        () -> {
          var found = vulnerabilities.find(vulnerability.id()).orElseThrow();
          found.listInKev(kev);
          found.addAlias("OSV-2025-" + unique());
          found.replaceReferences(List.of(new Vulnerability.Reference("WEB", "https://x.example")));
          found.replaceAffected(
              AffectedSource.NVD, List.of(AffectedPackage.nvd("cpe:2.3:a:acme:tls:*", null)));
          vulnerabilities.store(found);
        });

    var listed = vulnerabilities.find(vulnerability.id()).orElseThrow();
    assertThat(listed.kev()).contains(kev);
    assertThat(listed.kev().orElseThrow().knownRansomwareUse()).isTrue();
    assertThat(listed.aliases()).hasSize(3);
    assertThat(listed.references()).extracting(r -> r.url()).containsExactly("https://x.example");
    assertThat(listed.affected())
        .extracting(AffectedPackage::source)
        .containsExactlyInAnyOrder(AffectedSource.OSV, AffectedSource.NVD);
    em.clear();
    inTransaction(
        () -> {
          var found = vulnerabilities.find(vulnerability.id()).orElseThrow();
          found.removeFromKev();
          vulnerabilities.store(found);
        });
    assertThat(vulnerabilities.find(vulnerability.id()).orElseThrow().kev()).isEmpty();
    assertThat(vulnerabilities.findByAlias(cve))
        .map(Vulnerability::id)
        .contains(vulnerability.id());
    assertThat(vulnerabilities.findByAlias("GHSA-none-" + unique())).isEmpty();
    assertThat(vulnerabilities.list(PageRequest.first(500)))
        .extracting(Vulnerability::id)
        .contains(vulnerability.id());
  }

  @Test
  void a_feed_import_records_its_outcome() {
    var imports = repository(new JpaFeedImportRepository());
    FeedImport earlier = FeedImport.queue(Feed.KEV, "kev-1.json", "admin", NOW);
    earlier.start(10);
    earlier.progress(10);
    earlier.succeed(randomSha256(), "\"etag-1\"", "Fri, 14 Mar 2025 09:00:00 GMT", NOW);
    FeedImport later = FeedImport.queue(Feed.KEV, "kev-2.json", null, NOW.plusSeconds(3600));
    FeedImport failed = FeedImport.queue(Feed.EPSS, "epss.csv.gz", "system", NOW);
    inTransaction(
        () -> {
          imports.store(earlier);
          imports.store(later);
          imports.store(failed);
        });

    inTransaction(
        () -> {
          var found = imports.find(later.id()).orElseThrow();
          found.start(null);
          found.progress(7);
          found.succeed(null, null, null, NOW.plusSeconds(3700));
          imports.store(found);
          var broken = imports.find(failed.id()).orElseThrow();
          broken.fail("connection reset", NOW.plusSeconds(5));
          imports.store(broken);
        });

    var latest = imports.latestSucceeded(Feed.KEV).orElseThrow();
    assertThat(latest.id()).isEqualTo(later.id());
    assertThat(latest.recordsTotal()).isEmpty();
    assertThat(latest.recordsProcessed()).isEqualTo(7);
    assertThat(latest.startedBy()).isEmpty();
    assertThat(latest.finishedAt()).contains(NOW.plusSeconds(3700));
    var first = imports.find(earlier.id()).orElseThrow();
    assertThat(first.state()).isEqualTo(FeedImportState.SUCCEEDED);
    assertThat(first.sourceName()).contains("kev-1.json");
    assertThat(first.sourceSha256()).contains(earlier.sourceSha256().orElseThrow());
    assertThat(first.etag()).contains("\"etag-1\"");
    assertThat(first.lastModified()).contains("Fri, 14 Mar 2025 09:00:00 GMT");
    assertThat(first.recordsTotal()).contains(10);
    assertThat(first.startedAt()).isEqualTo(NOW);
    var broken = imports.find(failed.id()).orElseThrow();
    assertThat(broken.state()).isEqualTo(FeedImportState.FAILED);
    assertThat(broken.error()).contains("connection reset");
    assertThat(imports.latestSucceeded(Feed.EPSS)).isEmpty();
    assertThat(imports.list(PAGE))
        .extracting(FeedImport::id)
        .contains(earlier.id(), later.id(), failed.id());
  }

  // --- findings and VEX ---

  @Test
  void a_finding_keeps_its_assessment_history() {
    var findings = repository(new JpaFindingRepository());
    var acme = supplier();
    var other = supplier();
    Finding finding = finding(acme);
    inTransaction(
        () -> {
          var found = findings.find(SupplierScope.only(acme.id()), finding.id()).orElseThrow();
          found.assess(
              TriageState.IN_TRIAGE,
              SafetyImpact.SERIOUS,
              RiskControl.UNCONTROLLED,
              "Reachable from the network stack",
              "security",
              NOW.plusSeconds(10));
          findings.store(SupplierScope.only(acme.id()), found);
        });
    inTransaction(
        () -> {
          var found = findings.find(ALL, finding.id()).orElseThrow();
          found.assess(
              TriageState.NOT_EXPLOITABLE,
              null,
              RiskControl.CONTROLLED,
              "The parser is disabled in this device",
              "security",
              NOW.plusSeconds(20));
          findings.store(ALL, found);
        });

    var reloaded = findings.find(SupplierScope.only(acme.id()), finding.id()).orElseThrow();
    assertThat(reloaded.assessments())
        .extracting(Assessment::triageState, Assessment::assessedAt)
        .containsExactly(
            tuple(TriageState.IN_TRIAGE, NOW.plusSeconds(10)),
            tuple(TriageState.NOT_EXPLOITABLE, NOW.plusSeconds(20)));
    Assessment first = reloaded.assessments().get(0);
    assertThat(first.safetyImpact()).contains(SafetyImpact.SERIOUS);
    assertThat(first.riskControl()).contains(RiskControl.UNCONTROLLED);
    assertThat(first.comment()).contains("Reachable from the network stack");
    assertThat(first.assessedBy()).isEqualTo("security");
    Assessment current = reloaded.currentAssessment().orElseThrow();
    assertThat(current.triageState()).isEqualTo(TriageState.NOT_EXPLOITABLE);
    assertThat(current.safetyImpact()).isEmpty();
    assertThat(current.riskControl()).contains(RiskControl.CONTROLLED);
    assertThat(current.comment()).contains("The parser is disabled in this device");
    assertThat(reloaded.matchedBy()).isEqualTo("purl");
    assertThat(reloaded.matchNote()).contains("vers:generic/<3.0.14");
    assertThat(reloaded.firstSeenAt()).isEqualTo(NOW);
    assertThat(reloaded.resolvedAt()).isEmpty();
    assertThat(findings.findByMatch(ALL, finding.packageId(), finding.vulnerabilityId()))
        .map(Finding::id)
        .contains(finding.id());
    assertOnlyOwnerSees(acme.id(), other.id(), scope -> findings.find(scope, finding.id()));
    assertOnlyOwnerSees(acme.id(), other.id(), scope -> findings.list(scope, PAGE));
    assertOnlyOwnerSees(
        acme.id(),
        other.id(),
        scope -> findings.findOpenByRelease(scope, finding.componentReleaseId()));
    assertOnlyOwnerSees(
        acme.id(),
        other.id(),
        scope -> findings.findByMatch(scope, finding.packageId(), finding.vulnerabilityId()));
    em.clear();

    inTransaction(
        () -> {
          var found = findings.find(ALL, finding.id()).orElseThrow();
          found.resolve(NOW.plusSeconds(30));
          findings.store(ALL, found);
        });
    var resolved = findings.find(ALL, finding.id()).orElseThrow();
    assertThat(resolved.state()).isEqualTo(FindingState.RESOLVED);
    assertThat(resolved.resolvedAt()).contains(NOW.plusSeconds(30));
    assertThat(resolved.assessments()).hasSize(2);
    assertThat(findings.findOpenByRelease(ALL, finding.componentReleaseId())).isEmpty();
  }

  @Test
  void an_imported_vex_statement_keeps_its_document_products_and_claim() {
    var statements = repository(new JpaVexStatementRepository());
    var documents = repository(new JpaVexDocumentRepository());
    var acme = supplier();
    var other = supplier();
    String original = storedBlob();
    VexDocument document =
        VexDocument.received(
            acme.id(),
            null,
            new VexDocumentContent(
                VexSource.OPENVEX,
                "0.2.0",
                "https://openvex.dev/docs/acme-1",
                "psirt@acme.example",
                NOW.minusSeconds(7200),
                List.of(),
                List.of(new VexProblem("$.statements[0]", "a product named only by name"))),
            original,
            "application/json",
            SignatureCheck.unsigned("not signed"),
            "[{\"location\":\"$.statements[0]\",\"message\":\"a product named only by name\"}]",
            "ci",
            NOW);
    VexDocumentStatement read =
        new VexDocumentStatement(
            "$.statements[0]",
            "CVE-2025-0001",
            List.of("GHSA-xxxx-yyyy-zzzz"),
            List.of(
                new VexProduct(
                    "pkg:generic/acme/tls@2.1.0", null, null, null, null, null, List.of())),
            new VexClaim(VexStatus.AFFECTED, null, null, "Upgrade to 2.1.1"),
            "update",
            NOW.minusSeconds(3600));
    VexStatement imported = VexStatement.imported(document, null, read, "[]", NOW);
    inTransaction(
        () -> {
          documents.store(SupplierScope.only(acme.id()), document);
          statements.store(SupplierScope.only(acme.id()), imported);
        });

    var found = statements.find(SupplierScope.only(acme.id()), imported.id()).orElseThrow();
    assertThat(found.findingId()).isEmpty();
    assertThat(found.documentId()).contains(document.id());
    assertThat(found.location()).contains("$.statements[0]");
    assertThat(found.componentReleaseId()).isEmpty();
    assertThat(found.source()).isEqualTo(VexSource.OPENVEX);
    assertThat(found.sourceSha256()).contains(original);
    assertThat(found.vulnerabilityRef()).isEqualTo("CVE-2025-0001");
    assertThat(found.vulnerabilityKeys()).containsExactly("cve-2025-0001", "ghsa-xxxx-yyyy-zzzz");
    assertThat(found.productRef()).contains("pkg:generic/acme/tls@2.1.0");
    assertThat(found.productsJson()).contains("[]");
    assertThat(found.sourceJustification()).contains("update");
    assertThat(found.claim())
        .isEqualTo(new VexClaim(VexStatus.AFFECTED, null, null, "Upgrade to 2.1.1"));
    assertThat(found.author()).isEqualTo("psirt@acme.example");
    assertThat(found.issuedAt()).contains(NOW.minusSeconds(3600));
    assertThat(found.recordedAt()).isEqualTo(NOW);
    assertThat(statements.ofDocument(SupplierScope.only(acme.id()), document.id()))
        .extracting(VexStatement::id)
        .containsExactly(imported.id());
    var stored = documents.find(SupplierScope.only(acme.id()), document.id()).orElseThrow();
    assertThat(stored.format()).isEqualTo(VexSource.OPENVEX);
    assertThat(stored.documentRef()).contains("https://openvex.dev/docs/acme-1");
    assertThat(stored.signatureOutcome()).isEqualTo(SignatureOutcome.UNSIGNED);
    assertThat(stored.isTrusted()).isTrue();
    assertThat(stored.warningsJson()).hasValueSatisfying(w -> assertThat(w).contains("by name"));
    assertOnlyOwnerSees(acme.id(), other.id(), scope -> statements.find(scope, imported.id()));
    assertOnlyOwnerSees(acme.id(), other.id(), scope -> documents.find(scope, document.id()));
    assertOnlyOwnerSees(
        acme.id(), other.id(), scope -> documents.listBySupplier(scope, acme.id(), PAGE));
  }

  @Test
  void the_vex_history_of_a_finding_is_in_recording_order() {
    var statements = repository(new JpaVexStatementRepository());
    var acme = supplier();
    var other = supplier();
    Finding finding = finding(acme);
    VexStatement answered =
        VexStatement.answered(
            finding,
            List.of("CVE-2025-0002"),
            "[]",
            new VexClaim(
                VexStatus.NOT_AFFECTED,
                VexJustification.VULNERABLE_CODE_NOT_IN_EXECUTE_PATH,
                "The parser is never called",
                null),
            "supplier",
            NOW.plusSeconds(20));
    VexStatement investigating =
        VexStatement.answered(
            finding,
            List.of("CVE-2025-0002"),
            "[]",
            new VexClaim(VexStatus.UNDER_INVESTIGATION, null, null, null),
            "supplier",
            NOW.plusSeconds(10));
    var links = repository(new JdbcVexLinks());
    inTransaction(
        () -> {
          statements.store(SupplierScope.only(acme.id()), answered);
          statements.store(SupplierScope.only(acme.id()), investigating);
          links.link(answered.id(), List.of(finding.id()), NOW.plusSeconds(20));
          links.link(investigating.id(), List.of(finding.id()), NOW.plusSeconds(10));
          links.refreshCurrent(List.of(finding.id()));
        });

    var history = statements.historyOf(SupplierScope.only(acme.id()), finding.id());
    assertThat(history)
        .extracting(VexStatement::id)
        .containsExactly(investigating.id(), answered.id());
    VexStatement latest = history.get(1);
    assertThat(latest.source()).isEqualTo(VexSource.PORTAL);
    assertThat(latest.componentReleaseId()).contains(finding.componentReleaseId());
    assertThat(latest.sourceSha256()).isEmpty();
    assertThat(latest.productRef()).isEmpty();
    assertThat(latest.justification())
        .contains(VexJustification.VULNERABLE_CODE_NOT_IN_EXECUTE_PATH);
    assertThat(latest.impactStatement()).contains("The parser is never called");
    assertThat(latest.actionStatement()).isEmpty();
    assertThat(latest.issuedAt()).contains(NOW.plusSeconds(20));
    assertOnlyOwnerSees(acme.id(), other.id(), scope -> statements.historyOf(scope, finding.id()));
    assertThatThrownBy(() -> statements.store(SupplierScope.only(other.id()), latest))
        .isInstanceOf(ForeignSupplierAccessException.class);
  }

  // --- attestations ---

  @Test
  void an_attestation_keeps_its_subject_digest_and_verification() {
    var attestations = repository(new JpaAttestationRepository());
    var identities = repository(new JpaSigningIdentityRepository());
    var acme = supplier();
    var other = supplier();
    ComponentRelease release = componentRelease(acme);
    String original = storedBlob();
    SigningIdentity signer =
        SigningIdentity.registerSigstoreIdentity(
            acme.id(), null, "release@acme.example", "https://accounts.example", NOW);
    inTransaction(() -> identities.store(ALL, signer));
    Attestation attestation =
        Attestation.upload(
            acme.id(),
            release.id(),
            AttestationKind.SLSA_PROVENANCE,
            original,
            "application/vnd.in-toto+json",
            "ci",
            NOW);
    Attestation certificate =
        Attestation.upload(
            acme.id(),
            null,
            AttestationKind.ISO_27001_CERTIFICATE,
            null,
            null,
            "admin",
            NOW.plusSeconds(1));
    inTransaction(
        () -> {
          attestations.store(SupplierScope.only(acme.id()), attestation);
          attestations.store(SupplierScope.only(acme.id()), certificate);
        });

    var pending = attestations.find(SupplierScope.only(acme.id()), attestation.id()).orElseThrow();
    assertThat(pending.subjectDigest()).isEmpty();
    assertThat(pending.signingIdentityId()).isEmpty();
    assertThat(pending.verificationStatus()).isEqualTo(VerificationStatus.PENDING);
    assertThat(pending.subjectBinding()).isEqualTo(SubjectBinding.UNKNOWN);
    var unbound = attestations.find(ALL, certificate.id()).orElseThrow();
    assertThat(unbound.componentReleaseId()).isEmpty();
    assertThat(unbound.originalSha256()).isEmpty();
    assertThat(unbound.subjectBinding()).isEqualTo(SubjectBinding.NOT_APPLICABLE);
    em.clear();
    inTransaction(
        () -> {
          var found = attestations.find(ALL, attestation.id()).orElseThrow();
          found.describe(
              new AttestationFacts(
                  "https://slsa.dev/provenance/v1",
                  "[{\"name\":\"tls-2.1.0.tar.gz\"}]",
                  "https://github.com/actions/runner",
                  NOW,
                  null,
                  NOW.plusSeconds(86_400 * 60),
                  3,
                  "{\"builder\":\"gh\"}"));
          found.bindSubject(
              SubjectBinding.MATCHED,
              "tls-2.1.0.tar.gz",
              new ArtifactHash(HashAlgorithm.SHA256, "EF".repeat(32)),
              "subject is the delivered artifact");
          found.verify(
              SignatureCheck.valid(signer.id(), "release@acme.example", null),
              NOW.plusSeconds(5),
              Verdict.EXPIRING_WITHIN);
          attestations.store(SupplierScope.only(acme.id()), found);
        });

    var verified = attestations.listByRelease(SupplierScope.only(acme.id()), release.id());
    assertThat(verified)
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.id()).isEqualTo(attestation.id());
              assertThat(a.kind()).isEqualTo(AttestationKind.SLSA_PROVENANCE);
              assertThat(a.subjectName()).contains("tls-2.1.0.tar.gz");
              assertThat(a.subjectDigest())
                  .contains(new ArtifactHash(HashAlgorithm.SHA256, "ef".repeat(32)));
              assertThat(a.subjectBinding()).isEqualTo(SubjectBinding.MATCHED);
              assertThat(a.issuer()).contains("https://github.com/actions/runner");
              assertThat(a.issuedAt()).contains(NOW);
              assertThat(a.expiresAt()).contains(NOW.plusSeconds(86_400 * 60));
              assertThat(a.predicateType()).contains("https://slsa.dev/provenance/v1");
              assertThat(a.subjectsJson()).contains("[{\"name\":\"tls-2.1.0.tar.gz\"}]");
              assertThat(a.bindingReason()).contains("subject is the delivered artifact");
              assertThat(a.signer()).contains("release@acme.example");
              assertThat(a.signatureOutcome()).contains(SignatureOutcome.VALID);
              assertThat(a.slsaBuildLevel()).contains(3);
              assertThat(a.details()).contains("{\"builder\":\"gh\"}");
              assertThat(a.originalSha256()).contains(original);
              assertThat(a.mediaType()).contains("application/vnd.in-toto+json");
              assertThat(a.verificationStatus()).isEqualTo(VerificationStatus.VERIFIED);
              assertThat(a.verificationReason()).isEmpty();
              assertThat(a.signingIdentityId()).contains(signer.id());
              assertThat(a.verifiedAt()).contains(NOW.plusSeconds(5));
              assertThat(a.uploadedAt()).isEqualTo(NOW);
            });
    assertThat(attestations.list(SupplierScope.only(acme.id()), PAGE))
        .extracting(Attestation::id)
        .containsExactly(certificate.id(), attestation.id());
    assertOnlyOwnerSees(acme.id(), other.id(), scope -> attestations.find(scope, attestation.id()));
    assertOnlyOwnerSees(acme.id(), other.id(), scope -> attestations.list(scope, PAGE));
    assertOnlyOwnerSees(
        acme.id(), other.id(), scope -> attestations.listByRelease(scope, release.id()));
  }

  // --- evidence requests ---

  @Test
  void an_evidence_request_keeps_its_findings_and_its_transition_history() {
    var requests = repository(new JpaEvidenceRequestRepository());
    var acme = supplier();
    var other = supplier();
    Finding finding = finding(acme);
    EvidenceRequest request =
        EvidenceRequest.ask(
            acme.id(),
            RequestKind.VEX,
            finding.componentReleaseId(),
            null,
            List.of(finding.id()),
            "Please answer",
            LocalDate.of(2025, 3, 28),
            "procurement",
            NOW);
    inTransaction(() -> requests.store(ALL, request));
    assertOnlyOwnerSees(acme.id(), other.id(), scope -> requests.listAwaitingSupplier(scope));

    inTransaction(
        () -> {
          var found = requests.find(SupplierScope.only(acme.id()), request.id()).orElseThrow();
          found.markOverdue(LocalDate.of(2025, 3, 29), "system", NOW.plusSeconds(10));
          requests.store(ALL, found);
        });
    inTransaction(
        () -> {
          var found = requests.find(SupplierScope.only(acme.id()), request.id()).orElseThrow();
          found.answer("supplier", "See the VEX", NOW.plusSeconds(20));
          requests.store(SupplierScope.only(acme.id()), found);
        });
    inTransaction(
        () -> {
          var found = requests.find(ALL, request.id()).orElseThrow();
          found.accept("procurement", NOW.plusSeconds(30));
          requests.store(ALL, found);
        });

    var closed = requests.find(SupplierScope.only(acme.id()), request.id()).orElseThrow();
    assertThat(closed.state()).isEqualTo(RequestState.ACCEPTED);
    assertThat(closed.kind()).isEqualTo(RequestKind.VEX);
    assertThat(closed.componentReleaseId()).contains(finding.componentReleaseId());
    assertThat(closed.attestationKind()).isEmpty();
    assertThat(closed.message()).contains("Please answer");
    assertThat(closed.dueDate()).isEqualTo(LocalDate.of(2025, 3, 28));
    assertThat(closed.requestedBy()).isEqualTo("procurement");
    assertThat(closed.requestedAt()).isEqualTo(NOW);
    assertThat(closed.closedAt()).contains(NOW.plusSeconds(30));
    assertThat(closed.declineReason()).isEmpty();
    assertThat(closed.findingIds()).containsExactly(finding.id());
    assertThat(closed.transitions())
        .extracting(t -> t.fromState().orElse(null), RequestTransition::toState)
        .containsExactly(
            tuple(null, RequestState.OPEN),
            tuple(RequestState.OPEN, RequestState.OVERDUE),
            tuple(RequestState.OVERDUE, RequestState.ANSWERED),
            tuple(RequestState.ANSWERED, RequestState.ACCEPTED));
    assertThat(closed.transitions())
        .extracting(RequestTransition::at)
        .containsExactly(NOW, NOW.plusSeconds(10), NOW.plusSeconds(20), NOW.plusSeconds(30));
    assertThat(closed.transitions().get(2).actor()).isEqualTo("supplier");
    assertThat(closed.transitions().get(2).note()).contains("See the VEX");
    assertThat(closed.transitions().get(3).note()).isEmpty();
    assertThat(requests.listAwaitingSupplier(SupplierScope.only(acme.id()))).isEmpty();
    assertOnlyOwnerSees(acme.id(), other.id(), scope -> requests.find(scope, request.id()));
    assertOnlyOwnerSees(acme.id(), other.id(), scope -> requests.list(scope, PAGE));
  }

  // --- scoring and audit ---

  @Test
  void a_risk_score_history_is_newest_first_and_a_device_score_has_no_owner() {
    var scores = repository(new JpaRiskScoreRepository());
    var acme = supplier();
    var other = supplier();
    RiskScore earlier =
        RiskScore.computed(
            ScoreSubject.SUPPLIER, acme.id(), acme.id(), 85, Grade.B, "{\"kev\":0}", "1", NOW);
    RiskScore latest =
        RiskScore.computed(
            ScoreSubject.SUPPLIER,
            acme.id(),
            acme.id(),
            45,
            Grade.F,
            "{\"kev\":2}",
            "2",
            NOW.plusSeconds(60));
    UUID deviceRelease = UUID.randomUUID();
    RiskScore device =
        RiskScore.computed(
            ScoreSubject.DEVICE_RELEASE, deviceRelease, null, 70, Grade.C, "{}", "1", NOW);
    inTransaction(
        () -> {
          scores.store(SupplierScope.only(acme.id()), earlier);
          scores.store(SupplierScope.only(acme.id()), latest);
          scores.store(ALL, device);
        });

    var newest = scores.latest(SupplierScope.only(acme.id()), ScoreSubject.SUPPLIER, acme.id());
    assertThat(newest)
        .hasValueSatisfying(
            s -> {
              assertThat(s.id()).isEqualTo(latest.id());
              assertThat(s.value()).isEqualTo(45);
              assertThat(s.grade()).isEqualTo(latest.grade());
              assertThat(s.factors()).isEqualTo("{\"kev\":2}");
              assertThat(s.modelVersion()).isEqualTo("2");
              assertThat(s.supplierId()).contains(acme.id());
              assertThat(s.computedAt()).isEqualTo(NOW.plusSeconds(60));
            });
    assertThat(
            scores.history(SupplierScope.only(acme.id()), ScoreSubject.SUPPLIER, acme.id(), PAGE))
        .extracting(RiskScore::id)
        .containsExactly(latest.id(), earlier.id());
    var deviceScore = scores.find(ALL, device.id()).orElseThrow();
    assertThat(deviceScore.supplierId()).isEmpty();
    assertThat(deviceScore.subjectId()).isEqualTo(deviceRelease);
    assertThat(deviceScore.grade()).isEqualTo(Grade.of(70));
    assertThat(scores.find(SupplierScope.only(acme.id()), device.id())).isEmpty();
    assertOnlyOwnerSees(acme.id(), other.id(), scope -> scores.find(scope, earlier.id()));
    assertOnlyOwnerSees(
        acme.id(),
        other.id(),
        scope -> scores.history(scope, ScoreSubject.SUPPLIER, acme.id(), PAGE));
  }

  @Test
  void the_audit_chain_verifies_after_a_round_trip() {
    var audit = repository(new JpaAuditLog());
    var acme = supplier();
    Instant withNanos = NOW.plusNanos(789);
    inTransaction(
        () -> {
          String previous =
              audit.latest().map(AuditEvent::entryHash).orElse(AuditEvent.GENESIS_HASH);
          audit.append(
              AuditEvent.record(
                  audit.nextSeq(),
                  previous,
                  withNanos,
                  "alice",
                  acme.id(),
                  "SBOM_UPLOADED",
                  "SbomDocument",
                  UUID.randomUUID().toString(),
                  "{\"size\":42}"));
        });
    inTransaction(
        () ->
            audit.append(
                AuditEvent.record(
                    audit.nextSeq(),
                    audit.latest().orElseThrow().entryHash(),
                    NOW.plusSeconds(1),
                    "system",
                    null,
                    "FEED_IMPORTED",
                    "FeedImport",
                    null,
                    null)));

    List<AuditEvent> log = audit.list(PageRequest.first(2));
    assertThat(log).hasSize(2).allSatisfy(e -> assertThat(e.verifies()).isTrue());
    AuditEvent second = log.get(0);
    AuditEvent first = log.get(1);
    assertThat(second.follows(first)).isTrue();
    assertThat(first.occurredAt()).isEqualTo(NOW);
    assertThat(first.supplierId()).contains(acme.id());
    assertThat(first.detail()).contains("{\"size\":42}");
    assertThat(second.supplierId()).isEmpty();
    assertThat(second.subjectId()).isEmpty();
    assertThat(second.detail()).isEmpty();
    assertThat(audit.latest()).map(AuditEvent::seq).contains(second.seq());

    EntityTransaction fork = em.getTransaction();
    fork.begin();
    audit.append(
        AuditEvent.record(
            audit.nextSeq(), first.entryHash(), NOW, "mallory", null, "FORK", "Audit", null, null));
    assertThatThrownBy(fork::commit).isInstanceOf(RuntimeException.class);
  }

  // --- fixtures ---

  private Supplier supplier() {
    var supplier =
        Supplier.invite("Supplier " + unique(), "org-" + unique(), "security@example.org", NOW);
    inTransaction(() -> repository(new JpaSupplierRepository()).store(ALL, supplier));
    return supplier;
  }

  private ComponentRelease componentRelease(Supplier supplier) {
    var components = repository(new JpaComponentRepository());
    Component component =
        Component.register(supplier.id(), "lib-" + unique(), ComponentType.LIBRARY, null, NOW);
    ComponentRelease release = component.release("1.0.0", LevelOfSupport.UNKNOWN, null, NOW);
    inTransaction(
        () -> {
          components.store(ALL, component);
          components.storeRelease(ALL, release);
        });
    return release;
  }

  private String storedBlob() {
    String digest = randomSha256();
    inTransaction(
        () ->
            repository(new JpaStoredBlobRepository())
                .store(StoredBlob.stored(digest, 42, "application/json", NOW)));
    return digest;
  }

  private SbomDocument sbomDocument(Supplier supplier, ComponentRelease release) {
    SbomDocument sbom =
        SbomDocument.accept(
            supplier.id(), release.id(), storedBlob(), "application/vnd.cyclonedx+json", "ci", NOW);
    inTransaction(() -> repository(new JpaSbomRepository()).store(ALL, sbom));
    return sbom;
  }

  /** An open finding of a fresh vulnerability in a package of a fresh SBOM of the supplier's. */
  private Finding finding(Supplier supplier) {
    ComponentRelease release = componentRelease(supplier);
    SbomDocument sbom = sbomDocument(supplier, release);
    SbomPackage openssl =
        SbomPackage.listedIn(
            sbom,
            new PackageEntry(
                null, null, null, "openssl", "3.0.13", null, null, null, null, Set.of()));
    Vulnerability vulnerability = Vulnerability.identified("CVE-2025-" + unique());
    Finding finding =
        Finding.open(
            supplier.id(),
            release.id(),
            openssl.id(),
            vulnerability.id(),
            "purl",
            "vers:generic/<3.0.14",
            NOW);
    inTransaction(
        () -> {
          repository(new JpaSbomPackageRepository())
              .storeInventory(ALL, sbom, List.of(openssl), List.of());
          repository(new JpaVulnerabilityRepository()).store(vulnerability);
          em.flush();
          repository(new JpaFindingRepository()).store(ALL, finding);
        });
    return finding;
  }

  // --- helpers ---

  /** The repositories are CDI beans; outside the container their entity manager is set here. */
  private <R> R repository(R repository) {
    try {
      Field field = repository.getClass().getDeclaredField("em");
      field.setAccessible(true);
      field.set(repository, em);
      return repository;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot give " + repository + " an entity manager", e);
    }
  }

  /** Runs the work in a transaction, then clears the context so that reads reach the database. */
  private void inTransaction(Runnable work) {
    EntityTransaction transaction = em.getTransaction();
    transaction.begin();
    try {
      work.run();
      transaction.commit();
    } finally {
      if (transaction.isActive()) {
        transaction.rollback();
      }
      em.clear();
    }
  }

  /**
   * The rows a query finds are seen by their owner and the manufacturer, and by no other supplier
   * nor an unknown organization.
   */
  private void assertOnlyOwnerSees(
      UUID owner, UUID otherSupplier, Function<SupplierScope, ?> query) {
    assertThat(found(query.apply(SupplierScope.only(owner)))).as("owner's scope").isTrue();
    assertThat(found(query.apply(ALL))).as("all suppliers' scope").isTrue();
    assertThat(found(query.apply(SupplierScope.only(otherSupplier))))
        .as("another supplier's scope")
        .isFalse();
    assertThat(found(query.apply(SupplierScope.none()))).as("nobody's scope").isFalse();
  }

  private static boolean found(Object result) {
    if (result instanceof Optional<?> optional) {
      return optional.isPresent();
    }
    if (result instanceof Collection<?> collection) {
      return !collection.isEmpty();
    }
    throw new IllegalArgumentException("Not a query result: " + result);
  }

  private static Class<?> declaredType(Class<?> type, String attribute) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      try {
        return c.getDeclaredField(attribute).getType();
      } catch (NoSuchFieldException e) {
        // look further up
      }
    }
    throw new IllegalStateException(type + " has no field " + attribute);
  }

  private static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  private static String randomSha256() {
    return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
  }
}
