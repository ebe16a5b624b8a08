package id.lapor.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A report category; the tree has two levels (e.g. Infrastruktur › Jalan rusak). */
@Entity
public class Category {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Category parent;

    protected Category() {
    }

    public Category(String code, String name, Category parent) {
        this.code = code;
        this.name = name;
        this.parent = parent;
    }

    /** "Infrastruktur › Jalan rusak" for a sub-category, the name alone for a top-level one. */
    public String path() {
        return parent == null ? name : parent.getName() + " › " + name;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public Category getParent() { return parent; }
}
