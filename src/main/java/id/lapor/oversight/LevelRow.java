package id.lapor.oversight;

/**
 * Disposisi through the hierarchy, counted for one level of government in a period (see
 * {@link OversightFigures#levels}).
 *
 * @param received reports that came into the verifiers' queues of the level's governments: new reports of their
 *     regions plus those handed to them by another government
 * @param receivedFromOtherGovernments of these, handed to them by another government (disposisi berjenjang)
 * @param disposedToUnits forwardings by the level's verifiers to a unit that follows the report up (their own units
 *     and liaison, or another government's unit by its code)
 * @param disposedToOtherGovernments forwardings by the level's verifiers to another government's verifiers
 * @param returnedNotAuthority "bukan wewenang" declared by the level's units or governments (the report went back one
 *     level)
 * @param verificationBreaches verification deadlines missed by the level's governments
 */
public record LevelRow(
        GovernmentTier level,
        String label,
        long received,
        long receivedFromOtherGovernments,
        long disposedToUnits,
        long disposedToOtherGovernments,
        long returnedNotAuthority,
        long verificationBreaches) {
}
