package id.lapor.complaint;

import id.lapor.directory.Agency;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Disposisi through the government hierarchy ("berjenjang"), as plain rules. A report is verified by one government
 * at a time: the one whose verifiers hold it now. Its verifier forwards either to a unit (one of its own units, its
 * own government's liaison, or – by code – another government's unit) that follows it up, or to another government
 * (the province, a ministry or agency, another kabupaten/kota) whose verifiers then receive it in their queue.
 *
 * <p>The <b>chain</b> is the list of governments that handed the report on, the first verifier's government first and
 * the one verifying now last: {@code kota-bontang > prov-kaltim}. "Bukan wewenang" goes back one level: a unit that
 * declines returns the report to the government at the end of the chain (the one that disposed it to the unit); a
 * government whose verifier declines a report another government sent it returns it to the one before it in the
 * chain. The chain is the process variable {@code disposisiChain}, set only once a report has been handed to another
 * government (absent: the government that verifies reports of the report's region, alone).
 */
public final class Disposisi {

    /** Where a forwarding goes: the same values as the BPMN gateway "Tujuan disposisi?" tests. */
    public enum Target {
        /** A unit (or the own government's liaison, or another government's unit by code) follows the report up. */
        UNIT,
        /** Another government's verifiers receive the report and dispose it onwards. */
        GOVERNMENT
    }

    private static final String SEPARATOR = " > ";

    private Disposisi() {
    }

    /**
     * Where the verifier of {@code verifying} forwards to when choosing {@code chosen}: another government's
     * verifiers when {@code chosen} is a government other than {@code verifying}; else a unit that follows it up.
     */
    public static Target target(Agency verifying, Agency chosen) {
        return chosen.getLevel().isGovernment() && !chosen.getCode().equals(verifying.getCode())
                ? Target.GOVERNMENT : Target.UNIT;
    }

    /** The governments that handed a report on, in order; the last one verifies it now. Never empty. */
    public record Chain(List<String> governments) {

        public Chain {
            if (governments.isEmpty()) {
                throw new IllegalArgumentException("A disposisi chain has at least the verifying government");
            }
            governments = List.copyOf(governments);
        }

        /** The chain as stored ({@code kota-bontang > prov-kaltim}); {@code stored} null or blank: {@code first} alone. */
        public static Chain of(String stored, String first) {
            if (stored == null || stored.isBlank()) {
                return new Chain(List.of(first));
            }
            return new Chain(Arrays.stream(stored.split(">")).map(String::trim).filter(s -> !s.isEmpty()).toList());
        }

        /** The government whose verifiers hold the report now. */
        public String current() {
            return governments.get(governments.size() - 1);
        }

        /** The government that sent the report to the current one; empty for the first. */
        public Optional<String> sender() {
            return governments.size() < 2 ? Optional.empty() : Optional.of(governments.get(governments.size() - 2));
        }

        /** How many governments up from the first one the report is now: 0 for the first. */
        public int depth() {
            return governments.size() - 1;
        }

        /**
         * The current government's verifier hands the report to {@code government}. Refused when that government
         * already had the report in this chain (it would go round in a circle; "bukan wewenang" sends it back).
         */
        public Chain handOverTo(String government) {
            if (governments.contains(government)) {
                throw new IllegalArgumentException(government + " already handed this report on");
            }
            List<String> next = new ArrayList<>(governments);
            next.add(government);
            return new Chain(next);
        }

        /** "Bukan wewenang" of the current government: back to the one that sent it. */
        public Chain returnToSender() {
            if (sender().isEmpty()) {
                throw new IllegalStateException(current() + " received the report from no other government");
            }
            return new Chain(governments.subList(0, governments.size() - 1));
        }

        public boolean contains(String government) {
            return governments.contains(government);
        }

        /** As stored in the process variable, readable in Cockpit. */
        public String format() {
            return String.join(SEPARATOR, governments);
        }
    }
}
