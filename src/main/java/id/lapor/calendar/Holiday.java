package id.lapor.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.LocalDate;

/** A day off for every government office: a national holiday or a collective leave day (cuti bersama). */
@Entity
public class Holiday {

    public enum Kind { LIBUR_NASIONAL, CUTI_BERSAMA }

    @Id
    private LocalDate day;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    protected Holiday() {
    }

    public Holiday(LocalDate day, String name, Kind kind) {
        this.day = day;
        this.name = name;
        this.kind = kind;
    }

    public LocalDate getDay() {
        return day;
    }

    public String getName() {
        return name;
    }

    public Kind getKind() {
        return kind;
    }
}
