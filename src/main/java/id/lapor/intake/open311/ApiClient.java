package id.lapor.intake.open311;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A civic app allowed to submit service requests through Open311; its key is stored only as a SHA-256 hash. */
@Entity
@Table(name = "open311_client")
class ApiClient {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String name;

    @Column(name = "key_hash", nullable = false, unique = true)
    private String keyHash;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "disabled_at")
    private Instant disabledAt;

    protected ApiClient() {
    }

    ApiClient(String name, String keyHash, Instant createdAt, String createdBy) {
        this.name = name;
        this.keyHash = keyHash;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    void disable(Instant at) {
        if (enabled) {
            enabled = false;
            disabledAt = at;
        }
    }

    void enable() {
        enabled = true;
        disabledAt = null;
    }

    Long getId() { return id; }
    String getName() { return name; }
    String getKeyHash() { return keyHash; }
    boolean isEnabled() { return enabled; }
    Instant getCreatedAt() { return createdAt; }
    String getCreatedBy() { return createdBy; }
    Instant getDisabledAt() { return disabledAt; }
}
