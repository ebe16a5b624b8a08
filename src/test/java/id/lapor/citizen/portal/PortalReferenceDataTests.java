package id.lapor.citizen.portal;

import static org.assertj.core.api.Assertions.assertThat;

import id.lapor.JpaSliceTest;
import id.lapor.directory.Agency;
import id.lapor.directory.AgencyLevel;
import id.lapor.directory.AgencyRepository;
import id.lapor.directory.CategoryRepository;
import id.lapor.directory.Region;
import id.lapor.directory.RegionRepository;
import java.time.ZoneId;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The agencies the portal's forms and filters offer, against a directory of national shape in miniature: a province,
 * two cities, and a city with 2,000 units – the list never grows with the units.
 */
@JpaSliceTest
class PortalReferenceDataTests {

    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    @Autowired AgencyRepository agencies;
    @Autowired RegionRepository regions;
    @Autowired CategoryRepository categories;
    @Autowired JdbcTemplate jdbc;

    PortalReferenceData referenceData;

    @BeforeEach
    void directory() {
        referenceData = new PortalReferenceData(categories, jdbc);
        regions.save(new Region("64", "Kalimantan Timur", null));
        regions.save(new Region("64.72", "Kota Samarinda", "64"));
        regions.save(new Region("64.74", "Kota Bontang", "64"));
        Agency national = agencies.save(new Agency("t-nasional", "Pengelola Nasional", AgencyLevel.NASIONAL, null,
                null, WITA));
        agencies.save(new Agency("t-kemenkes", "Kementerian Kesehatan", AgencyLevel.KEMENTERIAN, national, null, WITA));
        Agency province = agencies.save(new Agency("t-kaltim", "Pemerintah Provinsi Kalimantan Timur",
                AgencyLevel.PEMERINTAH_PROVINSI, national, "64", WITA));
        Agency bontang = agencies.save(new Agency("t-bontang", "Pemerintah Kota Bontang",
                AgencyLevel.PEMERINTAH_KABUPATEN_KOTA, province, "64.74", WITA));
        Agency samarinda = agencies.save(new Agency("t-samarinda", "Pemerintah Kota Samarinda",
                AgencyLevel.PEMERINTAH_KABUPATEN_KOTA, province, "64.72", WITA));
        agencies.save(new Agency("t-bontang-dpupr", "Dinas PUPR Kota Bontang", AgencyLevel.UNIT, bontang, "64.74", WITA));
        // a unit whose own region is not recorded: its government's counts
        agencies.save(new Agency("t-bontang-dinkes", "Dinas Kesehatan Kota Bontang", AgencyLevel.UNIT, bontang, null,
                WITA));
        agencies.saveAll(IntStream.range(0, 2_000).mapToObj(i -> new Agency("t-samarinda-unit-" + i,
                "Unit " + i + " Kota Samarinda", AgencyLevel.UNIT, samarinda, "64.72", WITA)).toList());
    }

    @Test
    void withoutARegionTheGovernmentsButNeitherTheNationalAdministratorNorAnyUnit() {
        assertThat(referenceData.agencies(null, null)).extracting(PortalReferenceData.Option::code)
                .containsExactly("t-kemenkes", "t-bontang", "t-samarinda", "t-kaltim");
    }

    @Test
    void aChosenRegionAddsItsOwnUnitsOnly() {
        assertThat(referenceData.agencies("64.74", null)).extracting(PortalReferenceData.Option::code)
                .containsExactly("t-bontang-dinkes", "t-bontang-dpupr", "t-kemenkes", "t-bontang", "t-samarinda",
                        "t-kaltim");
        assertThat(referenceData.agencies("64", null)).as("the province's region: the cities' units are theirs")
                .hasSize(4);
        assertThat(referenceData.agencies("64.72", null)).hasSize(4 + 2_000);
    }

    @Test
    void theChosenAgencyIsOfferedSoThatThePageShowsWhatWasChosen() {
        assertThat(referenceData.agencies(null, "t-samarinda-unit-7")).extracting(PortalReferenceData.Option::code)
                .contains("t-samarinda-unit-7").hasSize(5);
    }
}
