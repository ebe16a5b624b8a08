package id.lapor.intake.attachment;

import static id.lapor.complaint.ComplaintProcess.Vars.FORWARD_AGENCY;
import static id.lapor.complaint.ComplaintProcess.Vars.VERIFICATION_DECISION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.lapor.LaporIntegrationTest;
import id.lapor.citizen.portal.PortalSession;
import id.lapor.complaint.ComplaintProcess;
import id.lapor.complaint.ComplaintScenario;
import id.lapor.intake.ReporterContact;
import id.lapor.intake.SubmitReport;
import id.lapor.intake.SubmitReportCommand;
import id.lapor.intake.SubmittedReport;
import id.lapor.report.Channel;
import id.lapor.report.ReportType;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Files of a report: type from content, size limit, safe serving, who may see and who may add them. */
@LaporIntegrationTest
public class AttachmentTests {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    static final byte[] HTML = "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
            .getBytes(StandardCharsets.US_ASCII);

    @Autowired MockMvc mvc;
    @Autowired SubmitReport submitReport;
    @Autowired Attachments attachments;
    @Autowired AttachmentLinks links;
    @Autowired ComplaintScenario scenario;
    @Autowired TaskService taskService;

    @Test
    void pngNamedAsPdfIsStoredAsPng() {
        SubmittedReport submitted = submitWith(new AttachmentFile("laporan.pdf", png()));
        List<AttachmentInfo> stored = filesOf(submitted);
        assertThat(stored).singleElement().satisfies(file -> {
            assertThat(file.mediaType()).isEqualTo("image/png");
            assertThat(file.fileName()).isEqualTo("laporan.pdf.png");
            assertThat(file.origin()).isEqualTo(AttachmentOrigin.REPORTER);
        });
    }

    @Test
    void htmlNamedAsJpegIsRefusedAndNoReportIsCreated() {
        long before = countReports();
        assertThatThrownBy(() -> submitWith(new AttachmentFile("foto.jpg", HTML)))
                .isInstanceOf(AttachmentRejectedException.class)
                .hasMessageContaining("foto.jpg bukan gambar")
                .satisfies(e -> assertThat(((AttachmentRejectedException) e).getField()).isEqualTo("attachments"));
        assertThat(countReports()).isEqualTo(before);
    }

    @Test
    void portalRefusesHtmlNamedAsJpegWithAClearMessageNextToTheField() throws Exception {
        PortalSession browser = new PortalSession(mvc);
        browser.open("/lapor");
        String html = mvc.perform(browser.with(multipart("/lapor")
                                .file(new MockMultipartFile("attachments", "foto.jpg", "image/jpeg", HTML)))
                        .param("formToken", browser.formToken()).param("type", "ADUAN").param("title", "Jalan rusak")
                        .param("description", "Jalan rusak parah.").param("incidentDate", "2026-01-05"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"attachments-error\"", "Berkas foto.jpg bukan foto (JPEG, PNG, GIF, WebP) atau PDF",
                "href=\"#attachments\"", "Berkas yang Anda pilih belum tersimpan", "value=\"Jalan rusak\"");
    }

    @Test
    void attachmentsOverTheTotalSizeLimitAreRefused() throws Exception {
        byte[] big = new byte[(int) attachments.maxTotalSize() - 10];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertThatThrownBy(() -> submitWith(new AttachmentFile("a.pdf", big), new AttachmentFile("b.png", png())))
                .isInstanceOf(AttachmentRejectedException.class)
                .hasMessageContaining("paling besar 2 MB");

        PortalSession browser = new PortalSession(mvc);
        browser.open("/lapor");
        byte[] tooBig = new byte[(int) attachments.maxTotalSize() + 1];
        System.arraycopy(PDF, 0, tooBig, 0, PDF.length);
        String html = mvc.perform(browser.with(multipart("/lapor")
                                .file(new MockMultipartFile("attachments", "scan.pdf", "application/pdf", tooBig)))
                        .param("formToken", browser.formToken()).param("type", "ADUAN").param("title", "Jalan rusak")
                        .param("description", "Jalan rusak parah.").param("incidentDate", "2026-01-05"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Ukuran semua lampiran paling besar 2 MB");
    }

    @Test
    void imagesAreServedInlineWithTheirDetectedTypeAndSandboxed() throws Exception {
        SubmittedReport submitted = submitWith(new AttachmentFile("foto.jpg", png()));
        AttachmentInfo file = filesOf(submitted).get(0);
        mvc.perform(get(links.signed(file.id())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().stringValues("Content-Security-Policy", "sandbox; default-src 'none'"))
                .andExpect(header().stringValues("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("inline; filename=")));
    }

    @Test
    void pdfIsServedAsADownload() throws Exception {
        SubmittedReport submitted = submitWith(new AttachmentFile("surat.pdf", PDF));
        AttachmentInfo file = filesOf(submitted).get(0);
        mvc.perform(get(links.signed(file.id())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment; filename=")));
    }

    @Test
    void reportersFilesNeedTheSignedLinkEvenOnAPublicReport() throws Exception {
        SubmittedReport submitted = submitWith(new AttachmentFile("foto.png", png()));
        AttachmentInfo file = filesOf(submitted).get(0);
        mvc.perform(get("/lampiran/{id}", file.id())).andExpect(status().isNotFound());
        String forged = links.signed(file.id()).replaceAll("signature=.*", "signature=AAAA");
        mvc.perform(get(forged)).andExpect(status().isNotFound());
        String otherFile = links.signed(file.id() + 1000).replace("/lampiran/" + (file.id() + 1000), "/lampiran/" + file.id());
        mvc.perform(get(otherFile)).andExpect(status().isNotFound());
    }

    @Test
    void liaisonOfTheHoldingAgencyAttachesEvidenceThatThePublicCanOpen() throws Exception {
        SubmittedReport submitted = scenario.submitPotholeComplaint();
        forwardToDpupr(submitted);

        MvcResult posted = mvc.perform(multipart("/api/staff/reports/{n}/attachments", submitted.trackingNumber())
                        .file(new MockMultipartFile("files", "tambalan.jpg", "image/jpeg", png()))
                        .header("Authorization", basic("penghubung.pu")))
                .andExpect(status().isCreated()).andReturn();
        assertThat(posted.getResponse().getContentAsString()).contains("\"mediaType\":\"image/png\"");
        AttachmentInfo evidence = filesOf(submitted).stream().filter(a -> a.origin() == AttachmentOrigin.STAFF)
                .findFirst().orElseThrow();

        mvc.perform(get("/lampiran/{id}", evidence.id())).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"));
        String page = mvc.perform(get("/laporan/{n}", submitted.trackingNumber())).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("/lampiran/" + evidence.id(), "tambalan.jpg.png");
    }

    @Test
    void liaisonOfAnotherAgencyMayNotAttachEvidence() throws Exception {
        SubmittedReport submitted = scenario.submitPotholeComplaint();
        forwardToDpupr(submitted);
        mvc.perform(multipart("/api/staff/reports/{n}/attachments", submitted.trackingNumber())
                        .file(new MockMultipartFile("files", "bukti.png", "image/png", png()))
                        .header("Authorization", basic("penghubung.dinkes")))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/api/staff/reports/{n}/attachments", submitted.trackingNumber())
                        .file(new MockMultipartFile("files", "bukti.png", "image/png", png())))
                .andExpect(status().isUnauthorized());
        assertThat(filesOf(submitted)).isEmpty();
    }

    @Test
    void theVerifiersOfTheGovernmentAReportWasPassedOnToMayAttachEvidence() throws Exception {
        SubmittedReport submitted = scenario.submitPotholeComplaint();
        mvc.perform(multipart("/api/staff/reports/{n}/attachments", submitted.trackingNumber())
                        .file(new MockMultipartFile("files", "bukti.png", "image/png", png()))
                        .header("Authorization", basic("verifikator.kaltim")))
                .andExpect(status().isForbidden());
        var task = taskService.createTaskQuery().processInstanceId(scenario.processOf(submitted).getId())
                .taskDefinitionKey(ComplaintProcess.Tasks.VERIFY_REPORT).singleResult();
        taskService.complete(task.getId(), Map.of(VERIFICATION_DECISION, "FORWARD", FORWARD_AGENCY, "prov-kaltim"));

        mvc.perform(multipart("/api/staff/reports/{n}/attachments", submitted.trackingNumber())
                        .file(new MockMultipartFile("files", "bukti.png", "image/png", png()))
                        .header("Authorization", basic("verifikator.kaltim")))
                .andExpect(status().isCreated());
        assertThat(filesOf(submitted)).hasSize(1);
    }

    @Test
    void evidenceOnAConfidentialReportIsNotPublic() throws Exception {
        SubmittedReport secret = scenario.submit(ReportType.ADUAN, "Pungli di kantor kelurahan", "64.74", "bontang-dpupr", false, true);
        mvc.perform(multipart("/api/staff/reports/{n}/attachments", secret.trackingNumber())
                        .file(new MockMultipartFile("files", "bukti.pdf", "application/pdf", PDF))
                        .header("Authorization", basic("verifikator")))
                .andExpect(status().isCreated());
        AttachmentInfo evidence = filesOf(secret).get(0);
        mvc.perform(get("/lampiran/{id}", evidence.id())).andExpect(status().isNotFound());
        mvc.perform(get(links.signed(evidence.id()))).andExpect(status().isOk());
    }

    @Test
    void staffEvidenceOfTheWrongTypeIsRefusedWithA400() throws Exception {
        SubmittedReport submitted = scenario.submitPotholeComplaint();
        String body = mvc.perform(multipart("/api/staff/reports/{n}/attachments", submitted.trackingNumber())
                        .file(new MockMultipartFile("files", "bukti.pdf", "application/pdf", HTML))
                        .header("Authorization", basic("verifikator")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(body).contains("bukti.pdf bukan gambar");
    }

    // ---- helpers ----

    @Autowired id.lapor.report.ReportRepository reports;

    private long countReports() {
        return reports.count();
    }

    private void forwardToDpupr(SubmittedReport submitted) {
        var instance = scenario.processOf(submitted);
        var task = taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(ComplaintProcess.Tasks.VERIFY_REPORT).singleResult();
        taskService.complete(task.getId(), Map.of(VERIFICATION_DECISION, "FORWARD", FORWARD_AGENCY, "bontang-dpupr"));
    }

    private List<AttachmentInfo> filesOf(SubmittedReport submitted) {
        return attachments.ofReport(scenario.report(submitted).getId());
    }

    private SubmittedReport submitWith(AttachmentFile... files) {
        return submitReport.submit(new SubmitReportCommand(ReportType.ADUAN, "Saluran tersumbat", "Air meluap ke jalan.",
                LocalDate.of(2026, 1, 5), "64.74", "Jl. Letjen S. Parman", null, null, "INFRASTRUKTUR_DRAINASE", null,
                false, false, ReporterContact.NONE, Channel.WEB, null, List.of(files), null, "id"));
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    public static byte[] png() {
        try {
            BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
