package id.lapor.report;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReporterIdentityRepository extends JpaRepository<ReporterIdentity, Long> {
}
