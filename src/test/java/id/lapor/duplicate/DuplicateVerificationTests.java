package id.lapor.duplicate;

import static id.lapor.complaint.ComplaintProcess.Vars.*;
import static id.lapor.duplicate.DuplicateFixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.lapor.LaporIntegrationTest;
import id.lapor.ReceivedMail;
import id.lapor.complaint.camunda.DuplicateCandidatesForm;
import id.lapor.intake.ReporterContact;
import id.lapor.intake.SubmittedReport;
import id.lapor.report.ArchiveReason;
import id.lapor.report.Channel;
import id.lapor.report.ReportStatus;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Duplicates in the verification process: the verification task lists the likely duplicates; the verifier picks the
 * original (or types its number); the report is linked, archived with reason DUPLICATE, and its reporter follows the
 * original and hears of its progress (real SMTP with GreenMail, the recording SMS gateway).
 */
@LaporIntegrationTest
class DuplicateVerificationTests {

    @Autowired DuplicateFixture fixture;
    @Autowired TaskService taskService;
    @Autowired HistoryService historyService;
    @Autowired ReportFollowers followers;

    @Test
    void theVerificationTaskListsTheLikelyDuplicatesWithNumberTitleAgencyStatusDateAndScore() {
        SubmittedReport original = fixture.submit(WATER);
        fixture.forward(original, "bontang-dpupr");
        SubmittedReport unrelated = fixture.submit(SCHOOL_FEE);

        SubmittedReport duplicate = fixture.submit(WATER_AGAIN);

        Task task = fixture.openedVerificationTask(duplicate);
        Map<String, Object> local = taskService.getVariablesLocal(task.getId());
        assertThat((Integer) local.get(DuplicateCandidatesForm.COUNT)).isBetween(1, 5);
        String list = (String) local.get(DuplicateCandidatesForm.LIST);
        String line = list.lines().filter(l -> l.contains(original.trackingNumber())).findFirst().orElseThrow();
        assertThat(line).contains(WATER.title(), "Dinas Pekerjaan Umum dan Penataan Ruang Kota Bontang",
                "Sedang ditindaklanjuti", "skor 0,").matches(".* — \\d{1,2} \\S+ \\d{4} — .*");
        assertThat(list).doesNotContain(unrelated.trackingNumber(), duplicate.trackingNumber());
        TypedValue options = taskService.getVariableLocalTyped(task.getId(), DuplicateCandidatesForm.OPTIONS, false);
        assertThat(options.getType().getName()).isEqualTo("json");
        assertThat(String.valueOf(taskService.getVariableLocal(task.getId(), DuplicateCandidatesForm.OPTIONS)))
                .contains("\"value\":\"" + original.trackingNumber() + "\"");
    }

    @Test
    void aReportWithoutSimilarOnesSaysSo() {
        SubmittedReport lonely = fixture.submit(new Complaint("Menara air roboh di Kelurahan Berbas Pantai",
                "Menara penampungan air bersih milik kelurahan roboh diterjang angin kencang, warga kekurangan air.",
                "LAINNYA_UMUM", "64.74"));

        Map<String, Object> local = taskService.getVariablesLocal(fixture.openedVerificationTask(lonely).getId());

        assertThat(local).containsEntry(DuplicateCandidatesForm.COUNT, 0)
                .containsEntry(DuplicateCandidatesForm.LIST, "Tidak ada laporan serupa dalam 90 hari terakhir.");
    }

    @Test
    void theLikelyDuplicatesAreLookedUpWhenTheFormIsOpenedSoOneThatCameInLaterIsListedToo() {
        SubmittedReport first = fixture.submit(new Complaint("Jembatan kayu Kelurahan Guntung lapuk dan berlubang",
                "Jembatan kayu penghubung RT 12 Kelurahan Guntung lapuk, papannya berlubang dan anak sekolah harus "
                        + "melompat setiap pagi.", "INFRASTRUKTUR_JALAN", "64.74"));
        Task task = fixture.task(first, "Task_VerifyReport");
        assertThat(taskService.getVariablesLocal(task.getId())).as("not searched on the report's way into the queue")
                .doesNotContainKeys(DuplicateCandidatesForm.COUNT, DuplicateCandidatesForm.LIST);

        fixture.openedVerificationTask(first);
        String before = (String) taskService.getVariableLocal(task.getId(), DuplicateCandidatesForm.LIST);

        SubmittedReport later = fixture.submit(new Complaint("Papan jembatan kayu di Guntung berlubang",
                "Jembatan kayu RT 12 Guntung makin lapuk, papan berlubang, anak sekolah melompat di atasnya.",
                "INFRASTRUKTUR_JALAN", "64.74"));
        fixture.openedVerificationTask(first);

        String after = (String) taskService.getVariableLocal(task.getId(), DuplicateCandidatesForm.LIST);
        assertThat(before).doesNotContain(later.trackingNumber());
        assertThat(after).contains(later.trackingNumber());
        assertThat(historyService.createHistoricDetailQuery().taskId(task.getId()).variableUpdates().list())
                .as("the history keeps each list the verifier was shown")
                .filteredOn(detail -> DuplicateCandidatesForm.LIST.equals(((HistoricVariableUpdate) detail).getVariableName()))
                .extracting(detail -> ((HistoricVariableUpdate) detail).getValue())
                .containsExactly(before, after);
    }

    @Test
    void theVerifierPicksTheOriginalFromTheListAndTheDuplicateIsLinkedClosedAndItsReporterFollows() {
        SubmittedReport original = fixture.submit(POTHOLE_AHMAD_YANI);
        fixture.forward(original, "bontang-dpupr");
        SubmittedReport duplicate = fixture.submit(POTHOLE_AHMAD_YANI_AGAIN);

        fixture.verify(duplicate, Map.of(VERIFICATION_DECISION, "DUPLICATE", DUPLICATE_CANDIDATE, original.trackingNumber()));

        var report = fixture.inTransaction(() -> {
            var r = fixture.report(duplicate);
            return Map.of("status", r.getStatus(), "reason", r.getArchiveReason(),
                    "original", r.getDuplicateOf().getTrackingNumber());
        });
        assertThat(report).containsEntry("status", ReportStatus.DIARSIPKAN)
                .containsEntry("reason", ArchiveReason.DUPLICATE) // what the oversight dashboard counts
                .containsEntry("original", original.trackingNumber());
        String process = historyService.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(duplicate.trackingNumber()).singleResult().getId();
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(process)
                .activityId("EndEvent_ReportMergedAsDuplicate").count()).isOne();
        assertThat(fixture.followersOf(original)).singleElement().satisfies(follower -> {
            assertThat(follower).containsEntry("source", "DUPLICATE").containsEntry("via", duplicate.trackingNumber());
            assertThat(follower.get("email")).as("nothing copied from reporter_identity").isNull();
            assertThat(follower.get("phone")).isNull();
        });
    }

    @Test
    void theVerifierMayStillTypeAnotherNumberButNotTwoDifferentOnes() {
        SubmittedReport original = fixture.submit(SCHOOL_FEE);
        SubmittedReport other = fixture.submit(SCHOOL_FEE);
        SubmittedReport duplicate = fixture.submit(SCHOOL_FEE_AGAIN);

        assertThatThrownBy(() -> fixture.verify(duplicate, Map.of(VERIFICATION_DECISION, "DUPLICATE",
                DUPLICATE_CANDIDATE, other.trackingNumber(), DUPLICATE_OF, original.trackingNumber())))
                .hasMessageContaining("berbeda").hasMessageContaining("differs");
        assertThatThrownBy(() -> fixture.verify(duplicate, Map.of(VERIFICATION_DECISION, "DUPLICATE")))
                .hasMessageContaining("Pilih laporan asli").hasMessageContaining("choose the original report");

        fixture.verify(duplicate, Map.of(VERIFICATION_DECISION, "DUPLICATE", DUPLICATE_OF, original.trackingNumber()));

        assertThat(fixture.inTransaction(() -> fixture.report(duplicate).getDuplicateOf().getTrackingNumber()))
                .isEqualTo(original.trackingNumber());
    }

    @Test
    void aDuplicateOfADuplicateIsLinkedToTheOriginalWhoseFollowerItsReporterBecomes() {
        SubmittedReport original = fixture.submit(E_KTP);
        SubmittedReport first = fixture.submit(E_KTP_AGAIN);
        fixture.markDuplicate(first, original);
        SubmittedReport second = fixture.submit(E_KTP_AGAIN);

        fixture.markDuplicate(second, first);

        assertThat(fixture.inTransaction(() -> fixture.report(second).getDuplicateOf().getTrackingNumber()))
                .isEqualTo(original.trackingNumber());
        assertThat(fixture.followersOf(original)).extracting(f -> f.get("via"))
                .containsExactly(first.trackingNumber(), second.trackingNumber());
    }

    @Test
    void aReportCannotBeMarkedAsADuplicateOfItsOwnDuplicate() {
        SubmittedReport original = fixture.submit(PUSKESMAS_QUEUE);
        SubmittedReport duplicate = fixture.submit(PUSKESMAS_QUEUE);
        fixture.markDuplicate(duplicate, original);

        assertThatThrownBy(() -> fixture.markDuplicate(original, duplicate))
                .hasMessageContaining("adalah duplikat dari laporan ini").hasMessageContaining("is a duplicate of this report");
    }

    @Test
    void whoseFollowersMoveToTheOriginalWhenItIsMergedItself() {
        SubmittedReport original = fixture.submit(SCHOOL_FEE);
        SubmittedReport merged = fixture.submit(SCHOOL_FEE_AGAIN);
        String email = uniqueEmail("orang.tua");
        followers.follow(merged.trackingNumber(), email, null, "id");

        fixture.markDuplicate(merged, original);

        assertThat(fixture.followersOf(original)).extracting(f -> f.get("source"), f -> f.get("email"))
                .contains(org.assertj.core.groups.Tuple.tuple("PORTAL", email));
        assertThat(fixture.followersOf(merged)).isEmpty();
    }

    @Test
    void theDuplicatesReporterIsToldOfTheOriginalsForwardingAndFinalAnswerByEmail() {
        String originalReporter = uniqueEmail("rina");
        SubmittedReport original = fixture.submit(POTHOLE_AHMAD_YANI, false,
                new ReporterContact("Rina Marlina", originalReporter, null, null, null), "id");
        String follower = uniqueEmail("andi");
        SubmittedReport duplicate = fixture.submit(POTHOLE_AHMAD_YANI_AGAIN, true, false,
                new ReporterContact("Andi Saputra", follower, null, null, null), Channel.WEB, null, "id");

        fixture.markDuplicate(duplicate, original);
        fixture.dispatchAll();
        assertThat(ReceivedMail.to(follower, duplicate.trackingNumber())).anySatisfy(archived -> assertThat(archived.text())
                .contains("Anda kini mengikuti laporan " + original.trackingNumber()));

        fixture.forward(original, "bontang-dpupr");
        fixture.dispatchAll();
        List<ReceivedMail> mails = ReceivedMail.to(follower, original.trackingNumber());
        assertThat(mails).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("Laporan " + original.trackingNumber()
                    + " yang Anda ikuti diteruskan ke Dinas Pekerjaan Umum dan Penataan Ruang Kota Bontang");
            assertThat(mail.text()).contains("Yth. Bapak/Ibu", "Laporan Anda " + duplicate.trackingNumber()
                    + " sama dengan laporan " + original.trackingNumber(), POTHOLE_AHMAD_YANI.title(), "paling lambat",
                    "http://localhost:8080/laporan/" + original.trackingNumber(),
                    "Berhenti mengikuti laporan ini: http://localhost:8080/berhenti-mengikuti?pengikut=");
            assertThat(mail.html()).contains("href=\"http://localhost:8080/berhenti-mengikuti?pengikut=");
            assertThat(mail.text() + mail.html()).doesNotContain("Rina", originalReporter, "Kode akses");
        });

        fixture.finalAnswer(original, "Lubang sudah ditambal dengan aspal hotmix pada 25 November 2026.");
        fixture.dispatchAll();
        assertThat(ReceivedMail.to(follower, original.trackingNumber())).hasSize(2).last().satisfies(mail -> {
            assertThat(mail.subject()).contains("jawaban akhir dari Dinas Pekerjaan Umum");
            assertThat(mail.text()).contains("Lubang sudah ditambal dengan aspal hotmix pada 25 November 2026.",
                    "Pelapor kini diminta menyatakan");
        });
        assertThat(ReceivedMail.to(originalReporter, original.trackingNumber())).as("the reporter's own messages")
                .extracting(ReceivedMail::subject).noneMatch(subject -> subject.contains("yang Anda ikuti"));
    }

    @Test
    void aFollowerWhoWroteInEnglishHearsInEnglish() {
        SubmittedReport original = fixture.submit(SCHOOL_FEE);
        String follower = uniqueEmail("john");
        SubmittedReport duplicate = fixture.submit(SCHOOL_FEE_AGAIN, false,
                new ReporterContact("John Smith", follower, null, null, null), "en");
        fixture.markDuplicate(duplicate, original);

        fixture.forward(original, "bontang-disdikbud");
        fixture.dispatchAll();

        assertThat(ReceivedMail.to(follower, original.trackingNumber())).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).startsWith("Report " + original.trackingNumber() + " that you follow was forwarded to");
            assertThat(mail.text()).contains("Dear citizen", "Your report " + duplicate.trackingNumber(),
                    "Stop following this report");
        });
    }

    @Test
    void followersOfAConfidentialOriginalHearOnlyOfTheStepsNotItsTitleOrAnswer() {
        SubmittedReport original = fixture.submit(E_KTP, true,
                new ReporterContact("Dewi Lestari", uniqueEmail("dewi"), null, null, null), "id");
        String follower = uniqueEmail("budi");
        SubmittedReport duplicate = fixture.submit(E_KTP_AGAIN, false,
                new ReporterContact("Budi Hartono", follower, null, null, null), "id");
        fixture.markDuplicate(duplicate, original);
        fixture.forward(original, "bontang-disdukcapil");
        fixture.finalAnswer(original, "Blangko sudah tersedia; e-KTP atas nama pelapor sudah dicetak.");

        fixture.dispatchAll();

        List<ReceivedMail> mails = ReceivedMail.to(follower, original.trackingNumber());
        assertThat(mails).hasSize(2);
        assertThat(mails.get(1).text()).contains("sudah memberikan jawaban akhir atas laporan " + original.trackingNumber());
        for (ReceivedMail mail : mails) {
            assertThat(mail.subject() + mail.text() + mail.html()).doesNotContain(E_KTP.title(), "Blangko sudah tersedia",
                    "/laporan/" + original.trackingNumber(), "Dewi");
        }
    }

    @Test
    void anSmsReporterFollowsBySms() {
        SubmittedReport original = fixture.submit(PUSKESMAS_QUEUE);
        String phone = "0813" + (10_000_000 + new java.util.Random().nextInt(89_999_999));
        SubmittedReport duplicate = fixture.submit(PUSKESMAS_QUEUE, false, false, ReporterContact.byPhone(phone),
                Channel.SMS, null, "id");
        fixture.markDuplicate(duplicate, original);

        fixture.forward(original, "bontang-dinkes");
        fixture.dispatchAll();

        assertThat(Mails.smsTo(phone)).anySatisfy(sms -> assertThat(sms)
                .contains("Lap. " + original.trackingNumber() + " yg Anda ikuti diteruskan ke Dinas Kesehatan"));
    }

    @Test
    void aReporterWithoutAnyContactCannotFollowAndTheMergeStillGoesThrough() {
        SubmittedReport original = fixture.submit(PUSKESMAS_QUEUE);
        SubmittedReport duplicate = fixture.submit(PUSKESMAS_QUEUE, false, ReporterContact.NONE, "id");

        fixture.markDuplicate(duplicate, original);

        assertThat(fixture.inTransaction(() -> fixture.report(duplicate).getStatus())).isEqualTo(ReportStatus.DIARSIPKAN);
        assertThat(fixture.followersOf(original)).isEmpty();
    }

    @Test
    void whoFollowsWithTheReportersOwnAddressGetsOneMessage() {
        String email = uniqueEmail("sama");
        SubmittedReport original = fixture.submit(SCHOOL_FEE, false,
                new ReporterContact("Sri Wahyuni", email, null, null, null), "id");
        SubmittedReport again = fixture.submit(SCHOOL_FEE_AGAIN, false,
                new ReporterContact("Sri Wahyuni", email.toUpperCase(), null, null, null), "id");
        fixture.markDuplicate(again, original);

        fixture.forward(original, "bontang-disdikbud");
        fixture.dispatchAll();

        assertThat(ReceivedMail.to(email, original.trackingNumber())).extracting(ReceivedMail::subject)
                .filteredOn(subject -> subject.contains("diteruskan")).singleElement()
                .asString().doesNotContain("yang Anda ikuti");
    }

    @Test
    void whoStoppedFollowingHearsNothingMore() {
        SubmittedReport original = fixture.submit(E_KTP);
        String email = uniqueEmail("berhenti");
        ReportFollowers.Following following = followers.follow(original.trackingNumber(), email, null, "id");

        assertThat(followers.unfollow(following.followerId())).isTrue();
        fixture.forward(original, "bontang-disdukcapil");
        fixture.dispatchAll();

        assertThat(ReceivedMail.to(email, original.trackingNumber())).isEmpty();
        assertThat(fixture.followersOf(original)).isEmpty();
    }
}
