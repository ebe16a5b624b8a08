package id.lapor.duplicate;

import org.springframework.stereotype.Component;

/** Settings the portal's templates read ({@code ${@duplicateSuggestions.minQueryLength}}). */
@Component("duplicateSuggestions")
public class DuplicateSuggestions {

    private final DuplicateProperties properties;

    DuplicateSuggestions(DuplicateProperties properties) {
        this.properties = properties;
    }

    /** Characters of title and description together before the portal looks for similar reports. */
    public int getMinQueryLength() {
        return properties.minQueryLength();
    }
}
