package id.lapor.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import id.lapor.directory.Agency;
import id.lapor.directory.AgencyLevel;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What the verification form's select offers, without a database. */
class ForwardChoicesTests {

    static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    static final Agency NATIONAL = new Agency("nasional", "Administrator Nasional SP4N-LAPOR!", AgencyLevel.NASIONAL,
            null, null, ZoneId.of("Asia/Jakarta"));
    static final Agency PROVINCE = new Agency("prov-kaltim", "Pemerintah Provinsi Kalimantan Timur",
            AgencyLevel.PEMERINTAH_PROVINSI, NATIONAL, "64", WITA);
    static final Agency CITY = new Agency("kota-bontang", "Pemerintah Kota Bontang", AgencyLevel.PEMERINTAH_KABUPATEN_KOTA,
            PROVINCE, "64.74", WITA);
    static final Agency DPUPR = unit("bontang-dpupr", "Dinas Pekerjaan Umum dan Penataan Ruang Kota Bontang", CITY);
    static final Agency DINKES = unit("bontang-dinkes", "Dinas Kesehatan Kota Bontang", CITY);
    static final Agency MINISTRY = new Agency("kemen-pu", "Kementerian Pekerjaan Umum", AgencyLevel.KEMENTERIAN, NATIONAL,
            null, ZoneId.of("Asia/Jakarta"));
    static final Agency BINA_MARGA = unit("kemen-pu-bina-marga", "Direktorat Jenderal Bina Marga", MINISTRY);

    @Test
    void suggestionFirstThenTheGovernmentItsUnitsTheGovernmentsAboveAndTheReportersChoice() {
        List<ForwardChoices.Choice> choices = ForwardChoices.of(CITY, List.of(DINKES, DPUPR), BINA_MARGA, MINISTRY);

        assertThat(choices).extracting(ForwardChoices.Choice::value).containsExactly("kemen-pu-bina-marga",
                "kota-bontang", "bontang-dinkes", "bontang-dpupr", "prov-kaltim", "nasional", "kemen-pu");
        assertThat(choices.get(0).label()).isEqualTo("Direktorat Jenderal Bina Marga (Kementerian Pekerjaan Umum)");
        assertThat(choices).extracting(ForwardChoices.Choice::label).contains("Dinas Kesehatan Kota Bontang",
                "Pemerintah Provinsi Kalimantan Timur");
    }

    @Test
    void anAgencyIsOfferedOnceWhereverItComesFrom() {
        assertThat(ForwardChoices.of(CITY, List.of(DINKES, DPUPR), DPUPR, DPUPR))
                .extracting(ForwardChoices.Choice::value)
                .containsExactly("bontang-dpupr", "kota-bontang", "bontang-dinkes", "prov-kaltim", "nasional");
    }

    @Test
    void theNationalVerifierGetsTheSuggestionAndItself() {
        assertThat(ForwardChoices.of(NATIONAL, List.of(), BINA_MARGA, null)).extracting(ForwardChoices.Choice::value)
                .containsExactly("kemen-pu-bina-marga", "nasional");
    }

    @Test
    void theListGrowsWithTheGovernmentsUnitsNotWithTheDirectory() {
        List<Agency> units = IntStream.rangeClosed(1, 43).mapToObj(i -> unit("kab-u" + i, "Unit " + i, CITY)).toList();
        assertThat(ForwardChoices.of(CITY, units, null, null)).hasSize(43 + 3);
    }

    private static Agency unit(String code, String name, Agency government) {
        return new Agency(code, name, AgencyLevel.UNIT, government, government.getRegionCode(), government.getTimeZone());
    }
}
