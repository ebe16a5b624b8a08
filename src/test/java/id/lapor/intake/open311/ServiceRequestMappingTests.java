package id.lapor.intake.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.lapor.directory.Agency;
import id.lapor.directory.AgencyLevel;
import id.lapor.report.ArchiveReason;
import id.lapor.report.Channel;
import id.lapor.report.Report;
import id.lapor.report.ReportStatus;
import id.lapor.report.ReportType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The GeoReport edge of our states and dates, without Spring. */
class ServiceRequestMappingTests {

    static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    static final Instant SUBMITTED = Instant.parse("2026-11-23T01:00:00Z");
    static final Instant DUE = Instant.parse("2026-11-26T15:59:59Z");

    @ParameterizedTest
    @EnumSource(value = ReportStatus.class, names = {"MENUNGGU_VERIFIKASI", "MENUNGGU_KLARIFIKASI", "DITINDAKLANJUTI",
            "MENUNGGU_KONFIRMASI"})
    void everyStateStillBeingHandledIsOpen(ReportStatus status) {
        assertThat(ServiceRequestMapping.status(status)).isEqualTo("open");
    }

    @ParameterizedTest
    @EnumSource(value = ReportStatus.class, names = {"SELESAI", "DIARSIPKAN"})
    void doneAndArchivedAreClosed(ReportStatus status) {
        assertThat(ServiceRequestMapping.status(status)).isEqualTo("closed");
    }

    @Test
    void statusFilterSelectsTheStatesBehindOpenAndClosed() {
        assertThat(ServiceRequestMapping.statuses("open")).containsExactlyInAnyOrder(ReportStatus.MENUNGGU_VERIFIKASI,
                ReportStatus.MENUNGGU_KLARIFIKASI, ReportStatus.DITINDAKLANJUTI, ReportStatus.MENUNGGU_KONFIRMASI,
                ReportStatus.MASA_KEBERATAN, ReportStatus.KEBERATAN_DIPROSES);
        assertThat(ServiceRequestMapping.statuses("closed")).containsExactlyInAnyOrder(ReportStatus.SELESAI,
                ReportStatus.DIARSIPKAN);
        assertThat(ServiceRequestMapping.statuses("open, CLOSED")).isEqualTo(EnumSet.allOf(ReportStatus.class));
        assertThat(ServiceRequestMapping.statuses(null)).isEqualTo(EnumSet.allOf(ReportStatus.class));
        assertThat(ServiceRequestMapping.statuses("")).isEqualTo(EnumSet.allOf(ReportStatus.class));
    }

    @Test
    void unknownStatusFilterIsRefused() {
        assertThatThrownBy(() -> ServiceRequestMapping.statuses("open,fixed"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("fixed");
    }

    @Test
    void expectedDatetimeIsTheRunningDeadlineWhileOpen() {
        Report report = report();
        report.forwardTo(dpupr(), SUBMITTED);
        report.followUpDue(DUE);

        GeoReportDocument.Fields fields = ServiceRequestMapping.request(report, "notes", null, "Kota Bontang", WITA);

        assertThat(fields.values()).containsEntry("status", "open")
                .containsEntry("expected_datetime", "2026-11-26T23:59:59+08:00")
                .containsEntry("requested_datetime", "2026-11-23T09:00:00+08:00")
                .containsEntry("agency_responsible", "Dinas PUPR Kota Bontang")
                .containsEntry("address", "Jl. MT Haryono, Kota Bontang")
                .containsEntry("lat", new BigDecimal("0.133300"))
                .containsEntry("status_notes", "notes");
    }

    @Test
    void waitingForTheReporterStillShowsItsDeadline() {
        Report report = report();
        report.awaitConfirmation(DUE);

        assertThat(ServiceRequestMapping.status(report.getStatus())).isEqualTo("open");
        assertThat(ServiceRequestMapping.expected(report)).isEqualTo(DUE);
    }

    @Test
    void closedReportHasNoExpectedDatetimeAndWasUpdatedWhenItClosed() {
        Report report = report();
        report.awaitConfirmation(DUE);
        Instant closedAt = Instant.parse("2026-12-01T02:00:00Z");
        report.close(closedAt);

        GeoReportDocument.Fields fields = ServiceRequestMapping.request(report, null, Instant.parse("2026-11-30T00:00:00Z"),
                null, WITA);

        assertThat(fields.values()).containsEntry("status", "closed").containsEntry("expected_datetime", null)
                .containsEntry("updated_datetime", "2026-12-01T10:00:00+08:00");
    }

    @Test
    void archivedReportIsClosedWithoutDeadline() {
        Report report = report();
        report.archive(ArchiveReason.DUPLICATE, "80441658", Instant.parse("2026-11-24T00:00:00Z"));

        assertThat(ServiceRequestMapping.status(report.getStatus())).isEqualTo("closed");
        assertThat(ServiceRequestMapping.expected(report)).isNull();
    }

    @Test
    void updatedIsTheLatestStepOfAnOpenReport() {
        Report report = report();
        Instant step = Instant.parse("2026-11-24T03:00:00Z");

        assertThat(ServiceRequestMapping.updated(report, step)).isEqualTo(step);
        assertThat(ServiceRequestMapping.updated(report, null)).isEqualTo(SUBMITTED);
    }

    @Test
    void mediaUrlOnlyForOpen311ReportsOfKnownReporters() {
        Report open311 = report();
        open311.recordSource("Aplikasi Warga", "m-1", "https://media.example/1.jpg");
        assertThat(ServiceRequestMapping.mediaUrl(open311)).isEqualTo("https://media.example/1.jpg");

        open311.setPrivacy(true, false);
        assertThat(ServiceRequestMapping.mediaUrl(open311)).isNull();

        Report social = new Report("12345679", "hash", ReportType.ADUAN, "t", "d", LocalDate.of(2026, 11, 20),
                Channel.SOCIAL_MEDIA, SUBMITTED);
        social.recordSource("x", "tweet-1", "https://x.example/budi/status/1");
        assertThat(ServiceRequestMapping.mediaUrl(social)).isNull();
    }

    @Test
    void addressGoesFromTheMostSpecificToTheMostGeneral() {
        Report report = report();
        assertThat(ServiceRequestMapping.address(report, "Kota Bontang")).isEqualTo("Jl. MT Haryono, Kota Bontang");
        assertThat(ServiceRequestMapping.address(report, null)).isEqualTo("Jl. MT Haryono");
        report.locate("64.74", null, null, null);
        assertThat(ServiceRequestMapping.address(report, "Kota Bontang")).isEqualTo("Kota Bontang");
    }

    @Test
    void w3cDatesAreReadWithTheirZoneOrAsTheStartOfTheDay() {
        assertThat(ServiceRequestMapping.parseW3c("2026-11-20T08:00:00+08:00", WITA)).isEqualTo(Instant.parse("2026-11-20T00:00:00Z"));
        assertThat(ServiceRequestMapping.parseW3c("2026-11-20T00:00Z", WITA)).isEqualTo(Instant.parse("2026-11-20T00:00:00Z"));
        assertThat(ServiceRequestMapping.parseW3c("2026-11-20", WITA)).isEqualTo(Instant.parse("2026-11-19T16:00:00Z"));
        assertThatThrownBy(() -> ServiceRequestMapping.parseW3c("20/11/2026", WITA)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ServiceRequestMapping.parseW3c("2026-11-20T08:00:00", WITA)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Report report() {
        Report report = new Report("12345678", "hash", ReportType.ADUAN, "Jalan berlubang", "Lubang besar",
                LocalDate.of(2026, 11, 20), Channel.OPEN311, SUBMITTED);
        report.locate("64.74", "Jl. MT Haryono", new BigDecimal("0.133300"), new BigDecimal("117.500000"));
        return report;
    }

    private static Agency dpupr() {
        return new Agency("bontang-dpupr", "Dinas PUPR Kota Bontang", AgencyLevel.UNIT, null, "64.74", WITA);
    }
}
