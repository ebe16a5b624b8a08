package id.lapor.directory;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Queries in JPQL, not derived from method names: Hibernate keeps a JPQL query's interpretation (see {@code ReportRepository}). */
public interface CategoryRepository extends JpaRepository<Category, Long> {

    @Query("select c from Category c where c.code = ?1")
    Optional<Category> findByCode(String code);

    @Query("select c from Category c order by c.code")
    List<Category> findAllByOrderByCode();
}
