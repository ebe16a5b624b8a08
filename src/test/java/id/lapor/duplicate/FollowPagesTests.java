package id.lapor.duplicate;

import static id.lapor.duplicate.DuplicateFixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.lapor.LaporIntegrationTest;
import id.lapor.citizen.portal.PortalSession;
import id.lapor.intake.ReporterContact;
import id.lapor.intake.SubmittedReport;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Following a public report on the portal (MockMvc on the real application): the forms, the confirmation, stopping. */
@LaporIntegrationTest
class FollowPagesTests {

    @Autowired MockMvc mvc;
    @Autowired DuplicateFixture fixture;
    @Autowired ReportFollowers followers;
    @Autowired JdbcTemplate jdbc;

    @Test
    void theReportFormCarriesTheHiddenSuggestionsAndTheirScriptSoThatItWorksWithoutJavaScript() throws Exception {
        String page = mvc.perform(get("/lapor")).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"similar-reports\"", "data-endpoint=\"/api/reports/similar\"",
                "data-min-length=\"10\"", "data-follow-label=\"Ikuti laporan ini\"", "src=\"/js/similar-reports.js\"");
        int at = page.indexOf("id=\"similar-reports\"");
        String tag = page.substring(page.lastIndexOf("<section", at), page.indexOf('>', at) + 1);
        assertThat(tag).as("shown only by the script").contains(" hidden");
        assertThat(mvc.perform(get("/js/similar-reports.js")).andReturn().getResponse().getContentAsString())
                .contains("/ikuti").doesNotContain("innerHTML");
    }

    @Test
    void anOpenReportsPageOffersToFollowItAndAFinishedOneDoesNot() throws Exception {
        SubmittedReport open = fixture.submit(PUSKESMAS_QUEUE);
        SubmittedReport archived = fixture.submit(PUSKESMAS_QUEUE);
        fixture.markDuplicate(archived, open);

        assertThat(mvc.perform(get("/laporan/{n}", open.trackingNumber())).andReturn().getResponse().getContentAsString())
                .contains("Ikuti laporan ini", "action=\"/laporan/" + open.trackingNumber() + "/ikuti\"", "name=\"_csrf\"");
        assertThat(mvc.perform(get("/laporan/{n}", archived.trackingNumber())).andReturn().getResponse().getContentAsString())
                .doesNotContain("id=\"follow\"");
    }

    @Test
    void followingFromTheReportsPageLeadsToTheConfirmation() throws Exception {
        SubmittedReport report = fixture.submit(SCHOOL_FEE);
        PortalSession browser = new PortalSession(mvc);
        browser.open("/laporan/" + report.trackingNumber());
        String email = uniqueEmail("ibu.murid");

        MvcResult followed = mvc.perform(browser.with(post("/laporan/{n}/ikuti", report.trackingNumber())
                        .param("email", email).param("phone", "")))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/laporan/" + report.trackingNumber() + "/diikuti"))
                .andReturn();
        String confirmation = mvc.perform(browser.with(get("/laporan/{n}/diikuti", report.trackingNumber()))
                        .flashAttrs(followed.getFlashMap()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(confirmation).contains("Anda mengikuti laporan " + report.trackingNumber(), SCHOOL_FEE.title(),
                "tautan untuk berhenti mengikuti").doesNotContain(email);
        assertThat(fixture.followersOf(report)).singleElement().satisfies(f -> assertThat(f).containsEntry("email", email));
    }

    @Test
    void followingTwiceShowsTheSameConfirmationAndKeepsOneFollower() throws Exception {
        SubmittedReport report = fixture.submit(SCHOOL_FEE);
        PortalSession browser = new PortalSession(mvc);
        browser.open("/laporan/" + report.trackingNumber() + "/ikuti");

        for (int i = 0; i < 2; i++) {
            mvc.perform(browser.with(post("/laporan/{n}/ikuti", report.trackingNumber()).param("phone", "0812-7777-1234")))
                    .andExpect(redirectedUrl("/laporan/" + report.trackingNumber() + "/diikuti"));
        }

        assertThat(fixture.followersOf(report)).singleElement()
                .satisfies(f -> assertThat(f).containsEntry("phone", "081277771234"));
    }

    @Test
    void withoutTheFormsCsrfTokenNothingIsFollowed() throws Exception {
        SubmittedReport report = fixture.submit(SCHOOL_FEE);

        mvc.perform(post("/laporan/{n}/ikuti", report.trackingNumber()).param("email", uniqueEmail("palsu")))
                .andExpect(status().isForbidden());

        assertThat(fixture.followersOf(report)).isEmpty();
    }

    @Test
    void missingOrWrongContactIsShownNextToItsFieldInThePagesLanguageAndNothingTypedIsLost() throws Exception {
        SubmittedReport report = fixture.submit(E_KTP);
        PortalSession browser = new PortalSession(mvc);
        browser.open("/laporan/" + report.trackingNumber() + "/ikuti");

        String empty = mvc.perform(browser.with(post("/laporan/{n}/ikuti", report.trackingNumber())
                        .param("email", "").param("phone", "")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(empty).contains("class=\"error-summary\"", "href=\"#email\"", "Isi email atau nomor telepon Anda",
                "id=\"email-error\"", "aria-invalid=\"true\"");

        PortalSession english = new PortalSession(mvc).inEnglish();
        english.open("/laporan/" + report.trackingNumber() + "/ikuti");
        String wrong = mvc.perform(english.with(post("/laporan/{n}/ikuti", report.trackingNumber())
                        .param("email", "andi@").param("phone", "08-12")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(wrong).contains("<html lang=\"en\">", "Enter a correct email address",
                "Enter the phone number in digits only", "value=\"andi@\"", "value=\"08-12\"");
        assertThat(fixture.followersOf(report)).isEmpty();
    }

    @Test
    void aFinishedReportSaysThereIsNothingLeftToFollow() throws Exception {
        SubmittedReport report = fixture.submit(PUSKESMAS_QUEUE);
        fixture.verify(report, Map.of("verificationDecision", "ARCHIVE", "archiveReason", "INCOMPLETE",
                "archiveNote", "Puskesmas mana yang dimaksud?"));
        PortalSession browser = new PortalSession(mvc);
        browser.open("/lapor"); // a page with a form: the session's CSRF token

        assertThat(browser.open("/laporan/" + report.trackingNumber() + "/ikuti"))
                .contains("sudah selesai ditangani").doesNotContain("name=\"email\"");
        mvc.perform(browser.with(post("/laporan/{n}/ikuti", report.trackingNumber()).param("email", uniqueEmail("x"))))
                .andExpect(status().isConflict());
    }

    @Test
    void aConfidentialReportCannotBeFollowedNorSeen() throws Exception {
        SubmittedReport report = fixture.submit(E_KTP, true, new ReporterContact(null, uniqueEmail("r"), null, null, null), "id");

        mvc.perform(get("/laporan/{n}/ikuti", report.trackingNumber())).andExpect(status().isNotFound());
    }

    @Test
    void theLinkInFollowerMessagesShowsAButtonThatStopsFollowingAndErasesTheAddress() throws Exception {
        SubmittedReport report = fixture.submit(SCHOOL_FEE);
        String email = uniqueEmail("cukup");
        Long follower = followers.follow(report.trackingNumber(), email, "081233334444", "id").followerId();
        String link = followers.unfollowLink(follower).replace("http://localhost:8080", "");
        PortalSession browser = new PortalSession(mvc);

        String confirm = browser.open(link);
        assertThat(confirm).contains("Berhenti mengikuti laporan " + report.trackingNumber(), "name=\"tanda\"");
        assertThat(followers.contact(follower)).as("opening the link changes nothing").isPresent();

        String done = mvc.perform(browser.with(post("/berhenti-mengikuti").param("pengikut", String.valueOf(follower))
                        .param("tanda", link.substring(link.indexOf("tanda=") + 6))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(done).contains("Anda tidak lagi mengikuti laporan " + report.trackingNumber());
        assertThat(followers.contact(follower)).isEmpty();
        assertThat(jdbc.queryForMap("select email, phone, ended_at from report_follower where id = ?", follower))
                .containsEntry("email", null).containsEntry("phone", null).extractingByKey("ended_at").isNotNull();
        assertThat(browser.open(link)).as("the link again").contains("Anda tidak lagi mengikuti");
    }

    @Test
    void aWrongOrMissingSignatureIsRefused() throws Exception {
        SubmittedReport report = fixture.submit(SCHOOL_FEE);
        Long follower = followers.follow(report.trackingNumber(), uniqueEmail("korban"), null, "id").followerId();

        String page = mvc.perform(get("/berhenti-mengikuti").param("pengikut", String.valueOf(follower)).param("tanda", "AAAA"))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Tautan tidak berlaku");
        mvc.perform(get("/berhenti-mengikuti")).andExpect(status().isNotFound());
        assertThat(followers.contact(follower)).isPresent();
    }
}
