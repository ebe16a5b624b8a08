package id.lapor.duplicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.lapor.JpaSliceTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The application's title trigrams give what PostgreSQL's pg_trgm gives, on the real database (the persistence slice:
 * the extension comes with the Flyway migrations, no engine is needed).
 */
@JpaSliceTest
class TitleTrigramsTests {

    private static final List<String> TITLES = List.of(
            "Jalan berlubang di Jl. Ahmad Yani depan pasar",
            "Jalan berlubang di Jl. Ahmad Yani Samarinda",
            "JALAN BERLOBANG DI JL AHMAD YANI!!",
            "Lampu jalan mati di Jl. Brigjend Katamso",
            "Lampu jalan mati di Jl. Brigjen Katamso",
            "Pendaftaran sekolah online gagal untuk warga Jl. Imam Bonjol RT 5",
            "Pendaftaran sekolah online gagal untuk warga Jl. Sudirman RT 12",
            "Pungutan Rp50.000 di SDN 005 Bontang Utara (kelas 1-3)",
            "e-KTP belum jadi 3 bulan",
            "KTP elektronik belum jadi",
            "a",
            "ab",
            "aaa aaa aaa",
            "",
            "   ...   ",
            "2026",
            "Sekolah di Kecamatan Tenggarong Seberang, Kutai Kartanegara: atap bocor");

    @Autowired JdbcTemplate jdbc;

    @Test
    void similarityIsPgTrgmsSimilarity() {
        for (String a : TITLES) {
            for (String b : TITLES) {
                double expected = jdbc.queryForObject("select similarity(?, ?)", Double.class, a, b);
                assertThat(TitleTrigrams.of(a).similarity(TitleTrigrams.of(b))).as("%s / %s", a, b)
                        .isCloseTo(expected, within(1e-6));
            }
        }
    }

    @Test
    void trigramsAreThoseOfPgTrgm() {
        for (String title : TITLES) {
            Integer expected = jdbc.queryForObject("select coalesce(array_length(show_trgm(?), 1), 0)", Integer.class, title);
            assertThat(TitleTrigrams.of(title).size()).as(title).isEqualTo(expected);
        }
    }

    @Test
    void spellingVariantsOfOneTitleAreCloseAndTheSamePhrasingAboutAnotherStreetIsNot() {
        TitleTrigrams katamso = TitleTrigrams.of("Lampu jalan mati di Jl. Brigjend Katamso");
        assertThat(katamso.similarity(TitleTrigrams.of("lampu jalan mati di jl brigjen katamso"))).isGreaterThan(0.8);
        assertThat(katamso.similarity(TitleTrigrams.of("Lampu jalan mati di Jl. Ahmad Yani"))).isLessThan(0.6);
        assertThat(katamso.similarity(katamso)).isEqualTo(1.0);
    }
}
