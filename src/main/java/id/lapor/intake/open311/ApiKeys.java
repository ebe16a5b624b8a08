package id.lapor.intake.open311;

import id.lapor.platform.InvalidInputException;
import id.lapor.platform.Sha256;
import id.lapor.platform.UserText;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Open311 API keys: 256 random bits, shown once at creation, stored as their SHA-256 hash (a key has far too much
 * entropy to be guessed from its hash, so no slow password hash is needed and a key is found by its hash directly).
 */
@Component
class ApiKeys {

    private static final String PREFIX = "o311_";

    private final SecureRandom random = new SecureRandom();
    private final ApiClientRepository clients;
    private final Clock clock;

    ApiKeys(ApiClientRepository clients, Clock clock) {
        this.clients = clients;
        this.clock = clock;
    }

    record CreatedClient(ApiClient client, String apiKey) {
    }

    /** A new client with a fresh key; the key is returned here and never again. */
    @Transactional
    CreatedClient create(String name, String createdBy) {
        if (clients.existsByName(name)) {
            throw new InvalidInputException("name", UserText.of("open311.client.name.taken"));
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String key = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiClient client = clients.save(new ApiClient(name, hash(key), clock.instant(), createdBy));
        return new CreatedClient(client, key);
    }

    /** A client with a key chosen elsewhere (the documented demo key); enabled again if it exists. */
    @Transactional
    ApiClient ensure(String name, String key, String createdBy) {
        ApiClient client = clients.findByKeyHash(hash(key))
                .orElseGet(() -> clients.save(new ApiClient(name, hash(key), clock.instant(), createdBy)));
        client.enable();
        return client;
    }

    /** The enabled client holding this key; 403 for a missing, unknown or disabled key. */
    @Transactional(readOnly = true)
    ApiClient authenticate(String apiKey) {
        if (apiKey == null || apiKey.isBlank()) {
            throw GeoReportException.of(HttpStatus.FORBIDDEN,
                    UserText.both("open311.error.api-key.required"));
        }
        ApiClient client = clients.findByKeyHash(hash(apiKey.trim())).orElseThrow(() -> GeoReportException.of(
                HttpStatus.FORBIDDEN, UserText.both("open311.error.api-key.unknown")));
        if (!client.isEnabled()) {
            throw GeoReportException.of(HttpStatus.FORBIDDEN,
                    UserText.both("open311.error.api-key.disabled"));
        }
        return client;
    }

    /** Disables the client's key at once; the client's earlier reports stay as they are. */
    @Transactional
    Optional<ApiClient> disable(long clientId) {
        Optional<ApiClient> client = clients.findById(clientId);
        client.ifPresent(c -> c.disable(clock.instant()));
        return client;
    }

    @Transactional(readOnly = true)
    List<ApiClient> all() {
        return clients.findAllByOrderByName();
    }

    static String hash(String key) {
        return Sha256.hex(key);
    }
}
