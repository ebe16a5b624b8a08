package id.lapor.citizen.portal;

import id.lapor.directory.Agency;
import id.lapor.directory.Category;
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
 * <p>
 * Matches are counted up to {@value #COUNT_LIMIT} (or up to the current page, when it lies deeper): a common word
 * matches a tenth of a million reports, and counting them all read the whole table for every page. The page then says
 * "more than 1,000" and the paging continues as long as there are more.
 */
@Component
class PublicReportSearch {

    /** Matches counted at most, beyond the current page; the list says "more than" this when there are more. */
    static final int COUNT_LIMIT = 1000;

    record Criteria(String text, String category, String agency, String region, ReportStatus status) {
    }

    /** One line of the list, read inside the transaction. */
    record Row(Long id, String trackingNumber, String type, String title, String excerpt, String status, String category,
            String regionCode, String agency, java.time.Instant submittedAt, boolean anonymous) {
    }

    /**
     * One page of the list. {@code total} is the number of matches when {@code exact}, else a number that there are
     * more matches than (at least {@value #COUNT_LIMIT}, and at least up to the end of this page).
     */
    record Page(List<Row> rows, long total, boolean exact, int number, int size) {

        /** The number of pages when exact, else the number of pages there are more than (or exactly, plus more rows). */
        public int pages() {
            return (int) Math.max(1, exact ? (total + size - 1) / size : total / size);
        }

        /** Whether a page follows this one (0-based {@code number}). */
        public boolean hasNext() {
            return !exact || number + 1 < pages();
        }
    }

    private final EntityManager entityManager;

    PublicReportSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(readOnly = true)
    Page search(Criteria criteria, int page, int size) {
        return search(criteria, page, size, COUNT_LIMIT);
    }

    /** {@link #search(Criteria, int, int)} with another count limit (tests). */
    @Transactional(readOnly = true)
    Page search(Criteria criteria, int page, int size, int countLimit) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        int offset = page * size;

        // one row more than the page: when it does not come, this page is the last and no count is needed
        CriteriaQuery<Report> query = cb.createQuery(Report.class);
        Root<Report> root = query.from(Report.class);
        // what each line shows, in the same query (not one query per category and agency)
        root.fetch("category", JoinType.LEFT).fetch("parent", JoinType.LEFT);
        root.fetch("holdingAgency", JoinType.LEFT);
        query.select(root).where(conditions(cb, root, criteria))
                .orderBy(cb.desc(root.get("submittedAt")), cb.desc(root.get("id")));
        List<Report> reports = entityManager.createQuery(query).setFirstResult(offset).setMaxResults(size + 1)
                .getResultList();
        boolean more = reports.size() > size;
        if (more) {
            reports = reports.subList(0, size);
        }

        long total;
        boolean exact;
        if (!more && (!reports.isEmpty() || offset == 0)) {
            total = offset + reports.size();
            exact = true;
        } else {
            // matches counted up to the limit (and at least past this page): stops there instead of reading them all
            long limit = Math.max(countLimit, (long) offset + size);
            CriteriaQuery<Long> count = cb.createQuery(Long.class);
            Root<Report> countRoot = count.from(Report.class);
            count.select(countRoot.get("id")).where(conditions(cb, countRoot, criteria));
            long counted = entityManager.createQuery(count).setMaxResults((int) Math.min(Integer.MAX_VALUE, limit + 1))
                    .getResultList().size();
            exact = counted <= limit;
            total = Math.min(counted, limit);
        }

        List<Row> rows = reports.stream().map(r -> new Row(r.getId(), r.getTrackingNumber(), r.getType().name(),
                r.getTitle(), excerpt(r.getDescription()), r.getStatus().name(),
                r.getCategory() == null ? null : r.getCategory().path(), r.getRegionCode(),
                r.getHoldingAgency() == null ? null : r.getHoldingAgency().getName(), r.getSubmittedAt(), r.isAnonymous()))
                .toList();
        return new Page(rows, total, exact, page, size);
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
