package id.lapor.platform;

/** The report is not in a state where this action is possible (answered with 409). */
public class ReportStateException extends RuntimeException {

    public ReportStateException(String message) {
        super(message);
    }
}
