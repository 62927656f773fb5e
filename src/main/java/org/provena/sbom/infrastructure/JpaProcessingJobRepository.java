package org.provena.sbom.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.provena.sbom.domain.ProcessingJob;
import org.provena.sbom.domain.ProcessingJobRepository;

@ApplicationScoped
public class JpaProcessingJobRepository implements ProcessingJobRepository {

  @PersistenceContext EntityManager em;

  @Override
  public Optional<ProcessingJob> find(UUID id) {
    return Optional.ofNullable(em.find(ProcessingJob.class, id));
  }

  @Override
  public List<ProcessingJob> findBySubject(String kind, UUID subjectId) {
    return em.createQuery(
            "select j from ProcessingJob j where j.kind = :kind and j.subjectId = :subject"
                + " order by j.createdAt desc, j.id",
            ProcessingJob.class)
        .setParameter("kind", kind)
        .setParameter("subject", subjectId)
        .getResultList();
  }

  @Override
  public void store(ProcessingJob job) {
    if (em.find(ProcessingJob.class, job.id()) == null) {
      em.persist(job);
    } else {
      em.merge(job);
    }
  }

  @Override
  public List<ProcessingJob> findReady(String kind, Instant now, int limit) {
    return em.createQuery(
            "select j from ProcessingJob j where j.kind = :kind and ("
                + "(j.state = org.provena.sbom.domain.JobState.QUEUED and j.availableAt <= :now)"
                + " or (j.state = org.provena.sbom.domain.JobState.RUNNING"
                + " and j.leaseUntil < :now)) order by j.createdAt, j.id",
            ProcessingJob.class)
        .setParameter("kind", kind)
        .setParameter("now", now)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public boolean extendLease(UUID jobId, String worker, Instant until) {
    // Native, because EclipseLink's bulk JPQL update increments the @Version column, and the
    // renewal must leave it alone (see the interface).
    return em.createNativeQuery(
                "update processing_job set lease_until = ? where id = ? and leased_by = ?"
                    + " and state = 'RUNNING'")
            .setParameter(1, OffsetDateTime.ofInstant(until, ZoneOffset.UTC))
            .setParameter(2, jobId)
            .setParameter(3, worker)
            .executeUpdate()
        == 1;
  }
}
