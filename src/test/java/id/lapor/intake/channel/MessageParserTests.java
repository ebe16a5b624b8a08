package id.lapor.intake.channel;

import static org.assertj.core.api.Assertions.assertThat;

import id.lapor.intake.channel.MessageParser.NewReport;
import id.lapor.intake.channel.MessageParser.NotUnderstood;
import id.lapor.intake.channel.MessageParser.StatusRequest;
import id.lapor.report.ReportType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MessageParserTests {

    @Test
    void laporKeywordMakesAComplaintTitledByItsFirstSentence() {
        var result = MessageParser.parse("LAPOR Jalan di depan SDN 005 Bontang Utara berlubang besar. Sudah 3 bulan "
                + "tidak diperbaiki, motor sering jatuh.");

        assertThat(result).isInstanceOfSatisfying(NewReport.class, report -> {
            assertThat(report.type()).isEqualTo(ReportType.ADUAN);
            assertThat(report.title()).isEqualTo("Jalan di depan SDN 005 Bontang Utara berlubang besar");
            assertThat(report.description()).startsWith("Jalan di depan SDN 005").endsWith("motor sering jatuh.");
            assertThat(report.language()).isEqualTo("id");
        });
    }

    @Test
    void keywordIsRecognizedInAnyCaseAndWithPunctuation() {
        assertThat(MessageParser.parse("lapor: lampu PJU di Jl. Ahmad Yani mati semua sejak minggu lalu"))
                .isInstanceOfSatisfying(NewReport.class, report -> {
                    assertThat(report.type()).isEqualTo(ReportType.ADUAN);
                    assertThat(report.description()).startsWith("lampu PJU");
                });
        assertThat(MessageParser.parse("LAPOR#Puskesmas Bontang Barat tutup jam 11 siang padahal jadwal sampai jam 2"))
                .isInstanceOfSatisfying(NewReport.class, report -> assertThat(report.title()).startsWith("Puskesmas Bontang Barat"));
    }

    @Test
    void aspirasiKeywordMakesAnAspiration() {
        assertThat(MessageParser.parse("ASPIRASI Mohon dibangun taman bermain anak di Kelurahan Api-Api, lahan kosong banyak"))
                .isInstanceOfSatisfying(NewReport.class, report -> {
                    assertThat(report.type()).isEqualTo(ReportType.ASPIRASI);
                    assertThat(report.title()).startsWith("Mohon dibangun taman bermain anak");
                });
    }

    @Test
    void infoKeywordMakesAnInformationRequest() {
        assertThat(MessageParser.parse("INFO Berapa anggaran perbaikan jalan Kota Bontang tahun 2026?"))
                .isInstanceOfSatisfying(NewReport.class, report -> {
                    assertThat(report.type()).isEqualTo(ReportType.PERMINTAAN_INFORMASI);
                    assertThat(report.title()).isEqualTo("Berapa anggaran perbaikan jalan Kota Bontang tahun 2026");
                });
    }

    @Test
    void descriptiveTextWithoutKeywordIsAComplaint() {
        assertThat(MessageParser.parse("Sudah 2 minggu sampah di TPS Jl. Pupuk Raya tidak diangkut, bau sekali"))
                .isInstanceOfSatisfying(NewReport.class, report -> {
                    assertThat(report.type()).isEqualTo(ReportType.ADUAN);
                    assertThat(report.description()).isEqualTo("Sudah 2 minggu sampah di TPS Jl. Pupuk Raya tidak diangkut, bau sekali");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "LAPOR", "lapor ", "ASPIRASI", "INFO", "halo", "tes", "ok min", "LAPOR jalan rusak",
            "BANTUAN", "HELP", "?", "selamat pagi pak"})
    void emptyTooShortOrKeywordOnlyIsNotUnderstood(String text) {
        assertThat(MessageParser.parse(text)).isInstanceOf(NotUnderstood.class);
    }

    @Test
    void nullTextIsNotUnderstood() {
        assertThat(MessageParser.parse(null)).isInstanceOf(NotUnderstood.class);
    }

    @Test
    void cekWithNumberAndCodeAsksForTheStatus() {
        assertThat(MessageParser.parse("CEK 80441658 jd5u99dcxv")).isEqualTo(new StatusRequest("80441658", "JD5U99DCXV", "id"));
        assertThat(MessageParser.parse("cek 80441658#JD5U99DCXV")).isInstanceOf(StatusRequest.class);
        assertThat(MessageParser.parse("CEK 80441658")).as("without the code").isInstanceOf(NotUnderstood.class);
    }

    @Test
    void abbreviationsLikeJlDoNotEndTheTitle() {
        NewReport report = (NewReport) MessageParser.parse("LAPOR Lampu jalan di Jl. Brigjend Katamso Gg. Mawar mati total. "
                + "Rawan kecelakaan.");

        assertThat(report.title()).isEqualTo("Lampu jalan di Jl. Brigjend Katamso Gg. Mawar mati total");
    }

    @Test
    void longFirstSentenceIsShortenedAtAWordBoundary() {
        String text = "LAPOR Pembangunan drainase di sepanjang Jalan Letjend Suprapto sampai simpang empat Kelurahan Gunung "
                + "Elai dibiarkan terbengkalai tanpa papan proyek dan tanpa pekerja";
        NewReport report = (NewReport) MessageParser.parse(text);

        assertThat(report.title()).hasSizeLessThanOrEqualTo(MessageParser.MAX_TITLE).endsWith("…")
                .startsWith("Pembangunan drainase di sepanjang Jalan Letjend Suprapto");
        assertThat(report.title().replace("…", "")).doesNotEndWith(" ");
        assertThat(report.description()).endsWith("tanpa pekerja");
    }

    @Test
    void clearlyEnglishTextIsEnglishOtherwiseIndonesian() {
        NewReport english = (NewReport) MessageParser.parse("REPORT The street light near the school on Jl. Sudirman has "
                + "been broken for two weeks and the road is dark");
        NewReport mixed = (NewReport) MessageParser.parse("LAPOR jalan rusak di depan sekolah, please diperbaiki segera ya");

        assertThat(english.language()).isEqualTo("en");
        assertThat(english.type()).isEqualTo(ReportType.ADUAN);
        assertThat(mixed.language()).isEqualTo("id");
    }

    @Test
    void ourOwnHandleIsRemovedFromAMentionOthersStay() {
        String text = MessageParser.withoutMentionsOf("@LAPOR1708 @PemkotBontang jalan di Bontang Kuala amblas, "
                + "tolong ditindak @lapor1708", List.of("@lapor1708"));

        assertThat(text).isEqualTo("@PemkotBontang jalan di Bontang Kuala amblas, tolong ditindak");
        assertThat(MessageParser.withoutMentionsOf("@lapor1708_fans mantap", List.of("lapor1708")))
                .as("another account that starts with our name").isEqualTo("@lapor1708_fans mantap");
    }

    @Test
    void mentionThatIsOnlyOurHandleIsNotUnderstood() {
        assertThat(MessageParser.parse(MessageParser.withoutMentionsOf("@lapor1708 halo min", List.of("lapor1708"))))
                .isInstanceOf(NotUnderstood.class);
    }
}
