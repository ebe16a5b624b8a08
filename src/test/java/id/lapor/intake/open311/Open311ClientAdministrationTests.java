package id.lapor.intake.open311;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.lapor.LaporIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Administrators create Open311 clients (the key shown once, stored hashed) and disable them; nobody else may. */
@LaporIntegrationTest
class Open311ClientAdministrationTests {

    @Autowired TestRestTemplate rest;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;

    @Test
    void administratorCreatesAClientWhoseKeyWorksUntilItIsDisabled() throws Exception {
        String name = "Aplikasi Kota " + UUID.randomUUID();
        ResponseEntity<String> created = createClient("admin", name);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode client = json.readTree(created.getBody());
        String key = client.get("apiKey").asText();
        assertThat(key).startsWith("o311_").hasSizeGreaterThan(40);
        assertThat(jdbc.queryForObject("select key_hash from open311_client where name = ?", String.class, name))
                .isEqualTo(ApiKeys.hash(key)).isNotEqualTo(key);

        assertThat(fileRequest(key).getStatusCode()).isEqualTo(HttpStatus.CREATED);

        String list = rest.withBasicAuth("admin", "demo").getForObject("/api/staff/open311/clients", String.class);
        assertThat(list).contains(name).doesNotContain(key).doesNotContain(ApiKeys.hash(key));

        ResponseEntity<String> disabled = rest.withBasicAuth("admin", "demo").postForEntity(
                "/api/staff/open311/clients/" + client.get("id").asLong() + "/disable", null, String.class);
        assertThat(disabled.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(disabled.getBody()).get("enabled").asBoolean()).isFalse();

        ResponseEntity<String> refused = fileRequest(key);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody()).contains("disabled");
    }

    @Test
    void onlyAdministratorsManageClients() {
        assertThat(createClient("verifikator", "Coba " + UUID.randomUUID()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(createClient("auditor", "Coba " + UUID.randomUUID()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.postForEntity("/api/staff/open311/clients", json("{\"name\":\"x\"}"), String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.withBasicAuth("verifikator", "demo").getForEntity("/api/staff/open311/clients", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void clientNeedsAUniqueNameAndUnknownClientsCannotBeDisabled() {
        String name = "Aplikasi " + UUID.randomUUID();
        assertThat(createClient("admin", name).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        ResponseEntity<String> again = createClient("admin", name);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(again.getBody()).contains("a client with this name exists");
        assertThat(createClient("admin", " ").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(rest.withBasicAuth("admin", "demo").postForEntity("/api/staff/open311/clients/999999999/disable",
                null, String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private ResponseEntity<String> createClient(String user, String name) {
        return rest.withBasicAuth(user, "demo").postForEntity("/api/staff/open311/clients",
                json("{\"name\":\"" + name + "\"}"), String.class);
    }

    private static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    private ResponseEntity<String> fileRequest(String key) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("api_key", key);
        form.add("service_code", "INFRASTRUKTUR_PJU");
        form.add("address_string", "Jl. Ahmad Yani, Bontang");
        form.add("description", "Lampu jalan mati sejak seminggu.");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        return rest.postForEntity("/open311/v2/requests.json", new HttpEntity<>(form, headers), String.class);
    }
}
