package id.lapor.duplicate;

import static id.lapor.duplicate.DuplicateFixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.lapor.LaporIntegrationTest;
import id.lapor.intake.ReporterContact;
import id.lapor.intake.SubmittedReport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The citizen API: {@code GET /api/reports/similar} while a report is being written, {@code POST
 * /api/reports/{number}/followers} to follow a public report instead. Bad input gets 4xx with a message in both
 * languages.
 */
@LaporIntegrationTest
class SimilarReportsApiTests {

    @Autowired MockMvc mvc;
    @Autowired DuplicateFixture fixture;
    @Autowired ObjectMapper json;

    @Test
    void similarPublicReportsComeWithNumberTitleAgencyStatusDateScoreAndLinksButNoIdentity() throws Exception {
        SubmittedReport original = fixture.submit(RUBBISH, false,
                new ReporterContact("Hendra Gunawan", uniqueEmail("hendra"), "081355501234", "6474010101800002", null), "id");
        fixture.forward(original, "bontang-dpupr");

        String body = mvc.perform(similar(RUBBISH_AGAIN).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")))
                .andReturn().getResponse().getContentAsString();

        JsonNode item = item(body, original);
        assertThat(item.path("title").asText()).isEqualTo(RUBBISH.title());
        assertThat(item.path("agency").asText()).isEqualTo("Dinas Pekerjaan Umum dan Penataan Ruang Kota Bontang");
        assertThat(item.path("status").asText()).isEqualTo("DITINDAKLANJUTI");
        assertThat(item.path("statusText").asText()).isEqualTo("Being followed up");
        assertThat(item.path("submittedText").asText()).matches("\\d{1,2} [A-Z][a-z]+ \\d{4}");
        assertThat(item.path("score").asDouble()).isBetween(0.3, 1.0);
        assertThat(item.path("url").asText()).isEqualTo("/laporan/" + original.trackingNumber());
        assertThat(item.path("followUrl").asText()).isEqualTo("/laporan/" + original.trackingNumber() + "/ikuti");
        assertThat(body).doesNotContain("Hendra", "hendra", "081355501234", "6474010101800002");
    }

    @Test
    void confidentialReportsAreNeverAmongTheSimilarOnes() throws Exception {
        SubmittedReport confidential = fixture.submit(SCHOOL_FEE, true,
                new ReporterContact(null, uniqueEmail("rahasia"), null, null, null), "id");

        String body = mvc.perform(similar(SCHOOL_FEE_AGAIN)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(body).doesNotContain(confidential.trackingNumber());
    }

    @Test
    void aFinishedReportIsShownWithoutTheOfferToFollowIt() throws Exception {
        SubmittedReport original = fixture.submit(BIRTH_CERTIFICATE_FEE);
        SubmittedReport finished = fixture.submit(BIRTH_CERTIFICATE_FEE);
        fixture.markDuplicate(finished, original); // archived as a duplicate: leads to the original

        String body = mvc.perform(similar(BIRTH_CERTIFICATE_FEE_AGAIN)).andReturn().getResponse().getContentAsString();

        assertThat(body).doesNotContain(finished.trackingNumber());
        assertThat(item(body, original).path("followUrl").isMissingNode()).isFalse();
    }

    @Test
    void informationRequestsGetNoSuggestions() throws Exception {
        fixture.submit(SCHOOL_FEE);
        mvc.perform(get("/api/reports/similar").param("title", SCHOOL_FEE_AGAIN.title())
                        .param("description", SCHOOL_FEE_AGAIN.description()).param("type", "PERMINTAAN_INFORMASI"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.results").isEmpty());
    }

    @Test
    void tooShortATextIsRefusedInBothLanguages() throws Exception {
        mvc.perform(get("/api/reports/similar").param("title", "Jalan").param("description", " "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.title").value(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("Tulis setidaknya 10 huruf"),
                        org.hamcrest.Matchers.containsString("write at least 10 characters"))));
    }

    @Test
    void unknownCategoryRegionAndTypeAndTooLongATextAreRefusedFieldByField() throws Exception {
        mvc.perform(get("/api/reports/similar").param("title", "x".repeat(201))
                        .param("description", "Lubang besar di jalan").param("category", "JALAN_TOL")
                        .param("region", "99.99").param("type", "KELUHAN"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Invalid input"))
                .andExpect(jsonPath("$.errors.title").value(org.hamcrest.Matchers.containsString("at most 200 characters")))
                .andExpect(jsonPath("$.errors.category").value(org.hamcrest.Matchers.containsString("Kategori 'JALAN_TOL' tidak dikenal")))
                .andExpect(jsonPath("$.errors.region").value(org.hamcrest.Matchers.containsString("unknown region")))
                .andExpect(jsonPath("$.errors.type").value(org.hamcrest.Matchers.containsString("ADUAN, ASPIRASI")));
    }

    @Test
    void followingAPublicReportAnswersTheReportFollowedAndTwiceIsOnce() throws Exception {
        SubmittedReport original = fixture.submit(PUSKESMAS_QUEUE);
        String email = uniqueEmail("pasien");

        for (int i = 0; i < 2; i++) {
            mvc.perform(follow(original.trackingNumber(), "{\"email\": \"" + email + "\"}"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.trackingNumber").value(original.trackingNumber()))
                    .andExpect(jsonPath("$.following").value(true));
        }

        assertThat(fixture.followersOf(original)).singleElement().satisfies(follower -> assertThat(follower)
                .containsEntry("source", "PORTAL").containsEntry("email", email).containsEntry("language", "id"));
    }

    @Test
    void followingByPhoneAloneWorksAndKeepsTheNumberWithoutSpaces() throws Exception {
        SubmittedReport original = fixture.submit(PUSKESMAS_QUEUE);

        mvc.perform(follow(original.trackingNumber(), "{\"phone\": \"0812 5555 7788\"}").header("Accept-Language", "en"))
                .andExpect(status().isOk());

        assertThat(fixture.followersOf(original)).singleElement().satisfies(follower -> assertThat(follower)
                .containsEntry("phone", "081255557788").containsEntry("language", "en"));
    }

    @Test
    void followingADuplicateFollowsItsOriginal() throws Exception {
        SubmittedReport original = fixture.submit(SCHOOL_FEE);
        SubmittedReport duplicate = fixture.submit(SCHOOL_FEE_AGAIN);
        fixture.markDuplicate(duplicate, original);

        mvc.perform(follow(duplicate.trackingNumber(), "{\"email\": \"" + uniqueEmail("wali") + "\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.trackingNumber").value(original.trackingNumber()));
    }

    @Test
    void withoutEmailAndPhoneOrWithAnInvalidOneFollowingIsRefusedInBothLanguages() throws Exception {
        SubmittedReport original = fixture.submit(PUSKESMAS_QUEUE);

        mvc.perform(follow(original.trackingNumber(), "{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.email").value("Isi alamat email atau nomor telepon / enter an email address or a phone number"));
        mvc.perform(follow(original.trackingNumber(), "{\"email\": \"bukan-email\", \"phone\": \"12ab\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.email").value("Alamat email tidak valid / invalid email address"))
                .andExpect(jsonPath("$.errors.phone").value(org.hamcrest.Matchers.containsString("invalid phone number")));
        assertThat(fixture.followersOf(original)).isEmpty();
    }

    @Test
    void unknownAndConfidentialReportsCannotBeFollowed() throws Exception {
        SubmittedReport confidential = fixture.submit(E_KTP, true,
                new ReporterContact(null, uniqueEmail("rahasia"), null, null, null), "id");
        String body = "{\"email\": \"" + uniqueEmail("ingin.tahu") + "\"}";

        mvc.perform(follow(confidential.trackingNumber(), body)).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("tidak ditemukan / report")));
        mvc.perform(follow("00000000", body)).andExpect(status().isNotFound());
        assertThat(fixture.followersOf(confidential)).isEmpty();
    }

    @Test
    void aFinishedReportCannotBeFollowed() throws Exception {
        SubmittedReport original = fixture.submit(PUSKESMAS_QUEUE);
        SubmittedReport archived = fixture.submit(PUSKESMAS_QUEUE);
        fixture.verify(archived, java.util.Map.of("verificationDecision", "ARCHIVE", "archiveReason", "INCOMPLETE",
                "archiveNote", "Nama puskesmas dan waktunya tidak disebutkan."));

        mvc.perform(follow(archived.trackingNumber(), "{\"email\": \"" + uniqueEmail("telat") + "\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("sudah selesai ditangani"),
                        org.hamcrest.Matchers.containsString("no progress left to follow"))));
        assertThat(fixture.followersOf(original)).isEmpty();
    }

    @Test
    void theOpenApiDocumentDescribesBothEndpoints() throws Exception {
        String document = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
        assertThat(document).contains("/api/reports/similar", "/api/reports/{trackingNumber}/followers");
    }

    private static MockHttpServletRequestBuilder similar(Complaint complaint) {
        return get("/api/reports/similar").param("title", complaint.title()).param("description", complaint.description())
                .param("category", complaint.category()).param("region", complaint.region()).param("type", "ADUAN");
    }

    private static MockHttpServletRequestBuilder follow(String number, String body) {
        return post("/api/reports/{n}/followers", number).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private JsonNode item(String body, SubmittedReport report) throws Exception {
        for (JsonNode item : json.readTree(body).path("results")) {
            if (item.path("trackingNumber").asText().equals(report.trackingNumber())) {
                return item;
            }
        }
        throw new AssertionError(report.trackingNumber() + " not among " + body);
    }
}
