package id.lapor.portal;

import id.lapor.agency.Agency;
import id.lapor.category.Category;
import id.lapor.report.Report;
import id.lapor.report.ReportStatus;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public list of reports: never a confidential (RAHASIA) one; words searched in title and description, filters by
 * category (a top-level category includes its sub-categories), holding agency, region and status; newest first.
 */
@Component
class PublicReportSearch {

    record Criteria(String text, String category, String agency, String region, ReportStatus status) {
    }

    /** One line of the list, read inside the transaction. */
    record Row(Long id, String trackingNumber, String type, String title, String excerpt, String status, String category,
            String regionCode, String agency, java.time.Instant submittedAt, boolean anonymous) {
    }

    record Page(List<Row> rows, long total, int number, int size) {

        int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    private final EntityManager entityManager;

    PublicReportSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(readOnly = true)
    Page search(Criteria criteria, int page, int size) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Report> countRoot = count.from(Report.class);
        count.select(cb.count(countRoot)).where(conditions(cb, countRoot, criteria));
        long total = entityManager.createQuery(count).getSingleResult();

        CriteriaQuery<Report> query = cb.createQuery(Report.class);
        Root<Report> root = query.from(Report.class);
        query.select(root).where(conditions(cb, root, criteria))
                .orderBy(cb.desc(root.get("submittedAt")), cb.desc(root.get("id")));
        List<Report> reports = entityManager.createQuery(query).setFirstResult(page * size).setMaxResults(size).getResultList();
        List<Row> rows = reports.stream().map(r -> new Row(r.getId(), r.getTrackingNumber(), r.getType().name(),
                r.getTitle(), excerpt(r.getDescription()), r.getStatus().name(),
                r.getCategory() == null ? null : r.getCategory().path(), r.getRegionCode(),
                r.getHoldingAgency() == null ? null : r.getHoldingAgency().getName(), r.getSubmittedAt(), r.isAnonymous()))
                .toList();
        return new Page(rows, total, page, size);
    }

    private static Predicate[] conditions(CriteriaBuilder cb, Root<Report> report, Criteria criteria) {
        List<Predicate> where = new ArrayList<>();
        where.add(cb.isFalse(report.get("confidential")));
        if (criteria.text() != null) {
            for (String word : criteria.text().toLowerCase(Locale.ROOT).split("\\s+")) {
                if (!word.isBlank()) {
                    String pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                    where.add(cb.or(cb.like(cb.lower(report.get("title")), pattern, '\\'),
                            cb.like(cb.lower(report.get("description")), pattern, '\\')));
                }
            }
        }
        if (criteria.category() != null) {
            Join<Report, Category> category = report.join("category", JoinType.LEFT);
            Join<Category, Category> parent = category.join("parent", JoinType.LEFT);
            where.add(cb.or(cb.equal(category.get("code"), criteria.category()),
                    cb.equal(parent.get("code"), criteria.category())));
        }
        if (criteria.agency() != null) {
            Join<Report, Agency> agency = report.join("holdingAgency", JoinType.LEFT);
            where.add(cb.equal(agency.get("code"), criteria.agency()));
        }
        if (criteria.region() != null) {
            where.add(cb.equal(report.get("regionCode"), criteria.region()));
        }
        if (criteria.status() != null) {
            where.add(cb.equal(report.get("status"), criteria.status()));
        }
        return where.toArray(Predicate[]::new);
    }

    private static String excerpt(String description) {
        return description.length() <= 220 ? description : description.substring(0, 217).strip() + "…";
    }
}
