package id.lapor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.lapor.platform.InvalidInputException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Which archive reasons a verifier may pick (the rule the verification step applies), without Spring. */
class ArchiveReasonTests {

    @Test
    void theVerifierPicksFromFourReasonsTheProcessSetsTheOtherTwo() {
        assertThat(Arrays.stream(ArchiveReason.values()).filter(ArchiveReason::isVerifiersChoice))
                .containsExactlyInAnyOrder(ArchiveReason.NOT_PUBLIC_SERVICE, ArchiveReason.INCOMPLETE,
                        ArchiveReason.ABUSIVE, ArchiveReason.OUT_OF_SCOPE);
    }

    @ParameterizedTest
    @EnumSource(value = ArchiveReason.class, names = {"NOT_PUBLIC_SERVICE", "INCOMPLETE", "ABUSIVE", "OUT_OF_SCOPE"})
    void aVerifiersReasonIsAccepted(ArchiveReason reason) {
        assertThat(reason.asVerifiersChoice()).isSameAs(reason);
    }

    @ParameterizedTest
    @EnumSource(value = ArchiveReason.class, names = {"DUPLICATE", "NO_CLARIFICATION"})
    void aReasonOnlyTheProcessSetsIsRefusedWithItsName(ArchiveReason reason) {
        assertThatThrownBy(reason::asVerifiersChoice).isInstanceOfSatisfying(InvalidInputException.class,
                refusal -> assertThat(refusal.getField()).isEqualTo("archiveReason"))
                .hasMessage("Alasan " + reason + " tidak dapat dipilih di sini / cannot be chosen here");
    }
}
