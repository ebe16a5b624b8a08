package id.lapor.duplicate;

import static id.lapor.complaint.ComplaintProcess.Vars.*;

import id.lapor.intake.ChannelSource;
import id.lapor.intake.ReporterContact;
import id.lapor.intake.SubmitReport;
import id.lapor.intake.SubmitReportCommand;
import id.lapor.intake.SubmittedReport;
import id.lapor.notification.NotificationDispatcher;
import id.lapor.report.Channel;
import id.lapor.report.Report;
import id.lapor.report.ReportRepository;
import id.lapor.report.ReportType;
import id.lapor.report.camunda.ReportViews;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Test helper for duplicate detection: realistic Indonesian complaints from Kota Bontang, submitted the way the
 * channels do; the verifier's and the liaison's steps through the engine; followers as rows.
 */
@Component
public class DuplicateFixture {

    /** A complaint as a citizen writes it. */
    record Complaint(String title, String description, String category, String region) {
    }

    public static final Complaint POTHOLE_AHMAD_YANI = new Complaint("Jalan berlubang di Jl. Ahmad Yani depan pasar",
            "Ada lubang besar di tengah Jl. Ahmad Yani tepat di depan Pasar Tamrin. Sudah banyak pengendara motor yang "
                    + "jatuh, terutama malam hari.", "INFRASTRUKTUR_JALAN", "64.74");
    public static final Complaint POTHOLE_AHMAD_YANI_AGAIN = new Complaint(
            "Lubang besar di jalan Ahmad Yani dekat Pasar Tamrin, sudah 2 minggu",
            "Lubang di Jl. A. Yani dekat Pasar Tamrin belum ditambal sudah dua minggu. Mohon segera diperbaiki sebelum "
                    + "ada korban.", "INFRASTRUKTUR_JALAN", "64.74");
    public static final Complaint STREET_LIGHT_AHMAD_YANI = new Complaint("Lampu penerangan jalan mati di Jl. Ahmad Yani",
            "Lampu jalan di depan Pasar Tamrin mati sejak seminggu, gelap dan rawan kecelakaan.", "INFRASTRUKTUR_PJU",
            "64.74");
    public static final Complaint SCHOOL_FEE = new Complaint("Pungutan uang seragam di SDN 005 Bontang Utara",
            "Orang tua murid diminta membayar uang seragam dan buku Rp 750.000 padahal sekolah negeri seharusnya gratis.",
            "PENDIDIKAN_PUNGLI", "64.74");
    public static final Complaint SCHOOL_FEE_AGAIN = new Complaint("Biaya seragam dan buku di SD Negeri 005 Bontang Utara",
            "Anak saya kelas 1 di SDN 005 diminta bayar seragam dan buku Rp 750 ribu. Bukankah sekolah negeri gratis?",
            "PENDIDIKAN_PUNGLI", "64.74");
    public static final Complaint E_KTP = new Complaint("Pembuatan e-KTP lambat di Disdukcapil Bontang",
            "Sudah tiga bulan e-KTP saya belum jadi, petugas bilang blangko habis.", "ADMINDUK_KTP", "64.74");
    public static final Complaint E_KTP_AGAIN = new Complaint("KTP elektronik belum jadi 3 bulan",
            "Rekam e-KTP di Disdukcapil Bontang sejak Agustus, sampai sekarang belum dicetak karena blangko kosong.",
            "ADMINDUK_KTP", "64.74");
    public static final Complaint PUSKESMAS_QUEUE = new Complaint("Antrean panjang di Puskesmas Bontang Selatan",
            "Pasien BPJS harus antre sejak subuh dan dokter baru datang jam 10.", "KESEHATAN_PUSKESMAS", "64.74");
    public static final Complaint POTHOLE_SAMARINDA_HEALTH = new Complaint("Jalan berlubang di Jl. Ahmad Yani depan pasar",
            "Ada lubang besar di tengah Jl. Ahmad Yani tepat di depan Pasar Tamrin menuju RSUD, ambulans terhambat.",
            "KESEHATAN_PUSKESMAS", "64.72");
    public static final Complaint POTHOLE_AHMAD_YANI_SAMARINDA = new Complaint("Jalan berlubang di Jl. Ahmad Yani Samarinda",
            "Lubang besar di Jl. Ahmad Yani Samarinda dekat Mall Lembuswana sering membuat pengendara motor jatuh.",
            "INFRASTRUKTUR_JALAN", "64.72");

    // Pairs used by one test each: tests that look at the best few (the portal's five, the verifier's five) must not
    // find the same texts of other tests, which share the database.
    public static final Complaint TRAFFIC_LIGHT = new Complaint("Lampu lalu lintas mati di simpang Bhayangkara",
            "Lampu lalu lintas di simpang empat Jl. Bhayangkara dan Jl. Gajah Mada mati sejak kemarin sore. Kendaraan "
                    + "saling serobot dan hampir terjadi tabrakan.", "INFRASTRUKTUR_JALAN", "64.74");
    public static final Complaint TRAFFIC_LIGHT_AGAIN = new Complaint("Lampu merah simpang Bhayangkara tidak menyala",
            "Sejak kemarin lampu lalu lintas di perempatan Jl. Bhayangkara - Gajah Mada tidak menyala, rawan tabrakan "
                    + "pada jam pulang kerja.", "INFRASTRUKTUR_JALAN", "64.74");
    public static final Complaint RUBBISH = new Complaint("Sampah menumpuk di TPS Jl. Cut Nyak Dien",
            "Sampah tidak diangkut seminggu dari TPS Jl. Cut Nyak Dien, bau busuk dan banyak lalat di sekitar permukiman.",
            "LAINNYA_UMUM", "64.74");
    public static final Complaint RUBBISH_AGAIN = new Complaint("Tumpukan sampah TPS Cut Nyak Dien tidak diangkut",
            "TPS di Jl. Cut Nyak Dien penuh, sampah berserakan sampai ke jalan dan berbau busuk.", "LAINNYA_UMUM", "64.74");
    public static final Complaint WATER = new Complaint("Air PDAM tidak mengalir di Bontang Kuala",
            "Sudah lima hari air PDAM mati di RT 12 Bontang Kuala tanpa pemberitahuan. Warga terpaksa membeli air galon.",
            "LAINNYA_UMUM", "64.74");
    public static final Complaint WATER_AGAIN = new Complaint("PDAM mati lima hari di RT 12 Bontang Kuala",
            "Air keran di rumah kami di Bontang Kuala tidak mengalir sejak Senin, tidak ada pengumuman dari PDAM.",
            "LAINNYA_UMUM", "64.74");
    public static final Complaint BRIDGE = new Complaint("Jembatan kayu lapuk di Kelurahan Guntung",
            "Papan jembatan kayu di Guntung banyak yang patah dan lapuk. Anak sekolah takut menyeberang, motor tidak "
                    + "bisa lewat.", "INFRASTRUKTUR_JALAN", "64.74");
    public static final Complaint BRIDGE_AGAIN = new Complaint("Papan jembatan Guntung patah",
            "Jembatan kayu penghubung RT 5 Guntung rusak, papannya patah di tengah. Anak-anak sekolah terpaksa memutar "
                    + "jauh.", "INFRASTRUKTUR_JALAN", "64.74");
    public static final Complaint BIRTH_CERTIFICATE_FEE = new Complaint("Pengurusan akta kelahiran dipungut biaya",
            "Petugas Disdukcapil meminta uang Rp 100.000 untuk mempercepat akta kelahiran anak saya, padahal layanan ini "
                    + "gratis.", "ADMINDUK_AKTA", "64.74");
    public static final Complaint BIRTH_CERTIFICATE_FEE_AGAIN = new Complaint("Pungutan liar akta kelahiran di Disdukcapil",
            "Saya diminta membayar seratus ribu rupiah oleh petugas loket agar akta kelahiran anak cepat jadi.",
            "ADMINDUK_AKTA", "64.74");
    public static final Complaint MEDICINE = new Complaint("Stok obat habis di Puskesmas Loktuan",
            "Sudah dua minggu Puskesmas Loktuan tidak punya obat hipertensi dan diabetes. Pasien disuruh membeli sendiri "
                    + "di apotek.", "KESEHATAN_PUSKESMAS", "64.74");
    public static final Complaint MEDICINE_AGAIN = new Complaint("Puskesmas Loktuan kehabisan obat hipertensi",
            "Ibu saya pasien hipertensi, di Puskesmas Loktuan obatnya kosong dan disuruh beli di apotek luar.",
            "KESEHATAN_PUSKESMAS", "64.74");

    private final SubmitReport submitReport;
    private final ReportRepository reports;
    private final TaskService taskService;
    private final NotificationDispatcher dispatcher;
    private final JdbcTemplate jdbc;
    /** Only in tests with a web server (the standalone tests' applications scan this class too). */
    private final ObjectProvider<TestRestTemplate> rest;

    DuplicateFixture(SubmitReport submitReport, ReportRepository reports, TaskService taskService,
            NotificationDispatcher dispatcher, JdbcTemplate jdbc, ObjectProvider<TestRestTemplate> rest) {
        this.rest = rest;
        this.submitReport = submitReport;
        this.reports = reports;
        this.taskService = taskService;
        this.dispatcher = dispatcher;
        this.jdbc = jdbc;
    }

    static String uniqueEmail(String name) {
        return name + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    SubmittedReport submit(Complaint complaint) {
        return submit(complaint, false, new ReporterContact("Rina Marlina", uniqueEmail("rina"), null, null, null), "id");
    }

    SubmittedReport submit(Complaint complaint, boolean confidential, ReporterContact reporter, String language) {
        return submit(complaint, false, confidential, reporter, Channel.API, null, language);
    }

    SubmittedReport submit(Complaint complaint, boolean anonymous, boolean confidential, ReporterContact reporter,
            Channel channel, ChannelSource source, String language) {
        return submitReport.submit(new SubmitReportCommand(ReportType.ADUAN, complaint.title(), complaint.description(),
                LocalDate.of(2026, 11, 16), complaint.region(), null, null, null, complaint.category(), null, anonymous,
                confidential, reporter, channel, "dup-" + UUID.randomUUID(), List.of(), source, language));
    }

    public Report report(SubmittedReport submitted) {
        return reports.findByTrackingNumber(submitted.trackingNumber()).orElseThrow();
    }

    Long id(SubmittedReport submitted) {
        return report(submitted).getId();
    }

    public Task task(SubmittedReport submitted, String activityId) {
        return taskService.createTaskQuery().processInstanceBusinessKey(submitted.trackingNumber())
                .taskDefinitionKey(activityId).singleResult();
    }

    /** The report's verification task after its verifier (the demo "verifikator") opened its form in Tasklist. */
    public Task openedVerificationTask(SubmittedReport submitted) {
        Task task = task(submitted, "Task_VerifyReport");
        ReportViews.open(rest.getObject(), "verifikator", task.getId());
        return task;
    }

    public void verify(SubmittedReport submitted, Map<String, Object> decision) {
        taskService.complete(task(submitted, "Task_VerifyReport").getId(), decision);
    }

    public void forward(SubmittedReport submitted, String agency) {
        verify(submitted, Map.of(VERIFICATION_DECISION, "FORWARD", FORWARD_AGENCY, agency));
    }

    public void markDuplicate(SubmittedReport duplicate, SubmittedReport original) {
        verify(duplicate, Map.of(VERIFICATION_DECISION, "DUPLICATE", DUPLICATE_OF, original.trackingNumber()));
    }

    public void finalAnswer(SubmittedReport submitted, String answer) {
        taskService.complete(task(submitted, "Task_PostFollowUp").getId(),
                Map.of(FOLLOW_UP_OUTCOME, "FINAL", FOLLOW_UP_TEXT, answer));
    }

    /** Runs {@code work} in a transaction (lazy relations of reports load). */
    @Transactional
    public <T> T inTransaction(java.util.function.Supplier<T> work) {
        return work.get();
    }

    /** Runs the notification dispatcher until nothing is due. */
    public void dispatchAll() {
        while (dispatcher.dispatchDue() > 0) {
            // more may be due
        }
    }

    /** Moves a report's submission back in time (to test the window). */
    @Transactional
    void submittedDaysAgo(SubmittedReport submitted, int days) {
        jdbc.update("update report set submitted_at = submitted_at - make_interval(days => ?) where tracking_number = ?",
                days, submitted.trackingNumber());
    }

    /** The active followers of a report: source, the duplicate they came through, email, phone. */
    public List<Map<String, Object>> followersOf(SubmittedReport followed) {
        return jdbc.queryForList("select f.id, f.source, v.tracking_number as via, f.email, f.phone, f.language "
                + "from report_follower f left join report v on v.id = f.via_report_id join report r on r.id = f.report_id "
                + "where r.tracking_number = ? and f.ended_at is null order by f.id", followed.trackingNumber());
    }
}
