package id.lapor.intake.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.lapor.report.ReportType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading the form of a POST requests, without Spring. */
class ServiceRequestFormTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void completeFormBecomesAReportWithDefaults() {
        ServiceRequestForm form = ServiceRequestForm.read(params("service_code", "INFRASTRUKTUR_JALAN", "lat", "0.1333",
                "long", "117.5", "description", "Lubang besar di depan SDN 005. Sudah dua minggu.", "first_name", "Budi",
                "last_name", "Santoso", "phone", "0812-3456-7890"), TODAY);

        assertThat(form.type()).isEqualTo(ReportType.ADUAN);
        assertThat(form.title()).isEqualTo("Lubang besar di depan SDN 005.");
        assertThat(form.incidentDate()).isEqualTo(TODAY);
        assertThat(form.latitude()).isEqualTo(new BigDecimal("0.1333"));
        assertThat(form.name()).isEqualTo("Budi Santoso");
        assertThat(form.phone()).isEqualTo("081234567890");
        assertThat(form.anonymous()).isFalse();
    }

    @Test
    void attributesSetTypeTitleDateAndPrivacy() {
        ServiceRequestForm form = ServiceRequestForm.read(params("service_code", "X", "address_string", "Jl. A",
                "description", "d", "attribute[REPORT_TYPE]", "aspirasi", "attribute[TITLE]", "Taman kota",
                "attribute[INCIDENT_DATE]", "2026-11-20T08:00:00+08:00", "attribute[ANONYMOUS]", "true",
                "attribute[CONFIDENTIAL][]", "false"), TODAY);

        assertThat(form.type()).isEqualTo(ReportType.ASPIRASI);
        assertThat(form.title()).isEqualTo("Taman kota");
        assertThat(form.incidentDate()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(form.anonymous()).isTrue();
        assertThat(form.confidential()).isFalse();
    }

    @Test
    void everyMissingFieldIsNamed() {
        GeoReportException e = catchThrowableOfType(GeoReportException.class,
                () -> ServiceRequestForm.read(params("description", " "), TODAY));

        assertThat(e.status().value()).isEqualTo(400);
        assertThat(e.problems()).extracting(GeoReportException.Problem::description)
                .anySatisfy(d -> assertThat(d).startsWith("service_code wajib diisi"))
                .anySatisfy(d -> assertThat(d).startsWith("Lokasi wajib diisi"))
                .anySatisfy(d -> assertThat(d).startsWith("description wajib diisi"));
    }

    @Test
    void invalidValuesAreNamed() {
        GeoReportException e = catchThrowableOfType(GeoReportException.class, () -> ServiceRequestForm.read(params(
                "service_code", "X", "lat", "95", "long", "117", "description", "d", "email", "budi@", "media_url",
                "javascript:alert(1)", "attribute[REPORT_TYPE]", "KELUHAN", "attribute[INCIDENT_DATE]", "2026-12-01",
                "attribute[COLOUR]", "red"), TODAY));

        assertThat(e.problems()).extracting(GeoReportException.Problem::description)
                .anySatisfy(d -> assertThat(d).startsWith("lat harus angka"))
                .anySatisfy(d -> assertThat(d).startsWith("email tidak valid"))
                .anySatisfy(d -> assertThat(d).startsWith("media_url"))
                .anySatisfy(d -> assertThat(d).startsWith("attribute[REPORT_TYPE]"))
                .anySatisfy(d -> assertThat(d).contains("masa depan"))
                .anySatisfy(d -> assertThat(d).startsWith("attribute[COLOUR] tidak dikenal"))
                .noneSatisfy(d -> assertThat(d).startsWith("Lokasi wajib diisi"));
    }

    @Test
    void longDescriptionGivesAShortTitleOfWholeWords() {
        String title = ServiceRequestForm.titleFrom("Lampu " + "jalan mati ".repeat(30));
        assertThat(title).hasSizeLessThanOrEqualTo(101).endsWith("…").doesNotContain("  ");
    }

    private static Map<String, String[]> params(String... pairs) {
        Map<String, String[]> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], new String[] {pairs[i + 1]});
        }
        return map;
    }
}
