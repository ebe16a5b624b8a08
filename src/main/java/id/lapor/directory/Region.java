package id.lapor.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A province or city/regency, by its Kemendagri code (e.g. 64 Kalimantan Timur, 64.74 Kota Bontang). */
@Entity
public class Region {

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "parent_code")
    private String parentCode;

    protected Region() {
    }

    public Region(String code, String name, String parentCode) {
        this.code = code;
        this.name = name;
        this.parentCode = parentCode;
    }

    public String getCode() { return code; }
    public String getName() { return name; }
    public String getParentCode() { return parentCode; }
}
