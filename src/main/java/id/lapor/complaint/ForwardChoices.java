package id.lapor.complaint;

import id.lapor.directory.Agency;
import id.lapor.directory.AgencyLevel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What a verifier can forward a report to from the verification form's select: the routing suggestion, the own
 * government and its units, the governments above it (province, national administrator) and the agency the reporter
 * named; never the whole directory. So the select holds as many entries as one government has units, whether the
 * directory has eleven agencies or twenty-five thousand; any other agency is entered by its code
 * ({@code forwardAgencyCode}).
 */
public final class ForwardChoices {

    /** One entry of the select: the agency's code and a label that says whose it is. */
    public record Choice(String value, String label) {
    }

    private ForwardChoices() {
    }

    /**
     * @param government the government that verifies the report
     * @param units the government's own units, in the order to show them
     * @param suggestion the routing suggestion, null when none
     * @param reporterChoice the agency the reporter named, null when none
     */
    public static List<Choice> of(Agency government, List<Agency> units, Agency suggestion, Agency reporterChoice) {
        Map<String, Choice> choices = new LinkedHashMap<>();
        List<Agency> above = new ArrayList<>();
        for (Agency current = government; above.size() < 10; ) {
            Agency up = current.superiorGovernment();
            if (up.getCode().equals(current.getCode())) {
                break;
            }
            above.add(up);
            current = up;
        }
        Stream.of(Stream.of(suggestion, government), units.stream(), above.stream(), Stream.of(reporterChoice))
                .flatMap(s -> s)
                .filter(Objects::nonNull)
                .forEach(agency -> choices.putIfAbsent(agency.getCode(), new Choice(agency.getCode(), label(agency))));
        return List.copyOf(choices.values());
    }

    /** "Direktorat Jenderal Bina Marga (Kementerian Pekerjaan Umum)"; no suffix where the name already says it. */
    static String label(Agency agency) {
        Agency government = agency.government();
        String place = government.getName().replaceFirst("^Pemerintah ", "");
        return government == agency || agency.getLevel() != AgencyLevel.UNIT || agency.getName().contains(place)
                ? agency.getName() : agency.getName() + " (" + government.getName() + ")";
    }
}
