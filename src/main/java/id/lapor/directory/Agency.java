package id.lapor.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.ZoneId;

/**
 * A node of the government directory: the national administrator, a ministry, a province or city/regency
 * government, or one of their units (OPD). Each has its Camunda groups, see {@link StaffGroups}.
 */
@Entity
public class Agency {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AgencyLevel level;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Agency parent;

    @Column(name = "region_code")
    private String regionCode;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    protected Agency() {
    }

    public Agency(String code, String name, AgencyLevel level, Agency parent, String regionCode, ZoneId timeZone) {
        this.code = code;
        this.name = name;
        this.level = level;
        this.parent = parent;
        this.regionCode = regionCode;
        this.timeZone = timeZone.getId();
    }

    /** The government this agency belongs to: itself for a government, its parent for a unit. */
    public Agency government() {
        // getters, not fields: this may be a lazy proxy
        return getLevel().isGovernment() || getParent() == null ? this : getParent().government();
    }

    /** The next government up: province for a city, the national administrator for a province or ministry. */
    public Agency superiorGovernment() {
        Agency government = government();
        return government.getParent() == null ? government : government.getParent().government();
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public AgencyLevel getLevel() { return level; }
    public Agency getParent() { return parent; }
    public String getRegionCode() { return regionCode; }
    public ZoneId getTimeZone() { return ZoneId.of(timeZone); }
}
