package id.lapor.complaint;

import static id.lapor.complaint.ForwardChoicesTests.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.lapor.directory.Agency;
import id.lapor.directory.AgencyLevel;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of disposisi through the government hierarchy, without a database. */
class DisposisiTests {

    static final Agency OTHER_CITY = new Agency("kota-samarinda", "Pemerintah Kota Samarinda",
            AgencyLevel.PEMERINTAH_KABUPATEN_KOTA, PROVINCE, "64.72", WITA);
    static final Agency KALTIM_DPUPR = new Agency("kaltim-dpupr", "Dinas PUPR-PERA Provinsi Kalimantan Timur",
            AgencyLevel.UNIT, PROVINCE, "64", WITA);
    static final Agency LEMBAGA = new Agency("bpom", "Badan Pengawas Obat dan Makanan", AgencyLevel.LEMBAGA, NATIONAL,
            null, ZoneId.of("Asia/Jakarta"));

    @Test
    void aUnitOfTheOwnGovernmentOrTheOwnGovernmentItselfFollowsTheReportUp() {
        assertThat(Disposisi.target(CITY, DPUPR)).isEqualTo(Disposisi.Target.UNIT);
        assertThat(Disposisi.target(CITY, CITY)).as("the own government's liaison (Setda)").isEqualTo(Disposisi.Target.UNIT);
    }

    @Test
    void anotherGovernmentAtAnyLevelReceivesTheReportInItsVerifiersQueue() {
        assertThat(List.of(PROVINCE, MINISTRY, LEMBAGA, OTHER_CITY, NATIONAL))
                .allSatisfy(government -> assertThat(Disposisi.target(CITY, government)).isEqualTo(Disposisi.Target.GOVERNMENT));
        assertThat(Disposisi.target(PROVINCE, CITY)).as("down to a kabupaten/kota too").isEqualTo(Disposisi.Target.GOVERNMENT);
    }

    @Test
    void anotherGovernmentsUnitEnteredByItsCodeFollowsTheReportUpDirectly() {
        assertThat(Disposisi.target(CITY, KALTIM_DPUPR)).isEqualTo(Disposisi.Target.UNIT);
        assertThat(Disposisi.target(CITY, BINA_MARGA)).isEqualTo(Disposisi.Target.UNIT);
    }

    @Test
    void withoutAStoredChainTheFirstVerifyingGovernmentIsAlone() {
        Disposisi.Chain chain = Disposisi.Chain.of(null, "kota-bontang");

        assertThat(chain.current()).isEqualTo("kota-bontang");
        assertThat(chain.sender()).isEmpty();
        assertThat(chain.depth()).isZero();
        assertThat(Disposisi.Chain.of(" ", "kota-bontang")).isEqualTo(chain);
    }

    @Test
    void handingOnAddsALevelAndBukanWewenangGoesBackExactlyOne() {
        Disposisi.Chain city = Disposisi.Chain.of(null, "kota-bontang");
        Disposisi.Chain province = city.handOverTo("prov-kaltim");
        Disposisi.Chain ministry = province.handOverTo("kemen-pu");

        assertThat(ministry.format()).isEqualTo("kota-bontang > prov-kaltim > kemen-pu");
        assertThat(ministry.current()).isEqualTo("kemen-pu");
        assertThat(ministry.sender()).contains("prov-kaltim");
        assertThat(ministry.depth()).isEqualTo(2);
        assertThat(ministry.returnToSender()).isEqualTo(province);
        assertThat(ministry.returnToSender().returnToSender()).isEqualTo(city);
    }

    @Test
    void theStoredFormReadsBack() {
        Disposisi.Chain chain = Disposisi.Chain.of("kota-bontang > prov-kaltim", "ignored");

        assertThat(chain.governments()).containsExactly("kota-bontang", "prov-kaltim");
        assertThat(Disposisi.Chain.of(chain.format(), null)).isEqualTo(chain);
    }

    @Test
    void theFirstGovernmentHasNobodyToReturnToAndNoGovernmentIsVisitedTwice() {
        Disposisi.Chain city = Disposisi.Chain.of(null, "kota-bontang");

        assertThatThrownBy(city::returnToSender).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> city.handOverTo("prov-kaltim").handOverTo("kota-bontang"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
