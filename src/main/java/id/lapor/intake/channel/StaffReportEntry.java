package id.lapor.intake.channel;

import id.lapor.intake.camunda.StaffEntryHistoryFilter;
import java.util.List;

/** Key, form and variable names of {@code processes/staff-report-entry.bpmn} (staff data entry in Tasklist). */
public final class StaffReportEntry {

    public static final String PROCESS_KEY = "StaffReportEntryProcess";
    public static final String FORM_ID = "staff-report-entry";

    /** Form fields, as process variables, and the result. */
    public static final class Vars {
        public static final String RECEIVED_VIA = "receivedVia";
        public static final String RECEIVED_REFERENCE = "receivedReference";
        public static final String TYPE = "reportType";
        public static final String TITLE = "reportTitle";
        public static final String DESCRIPTION = "reportDescription";
        public static final String INCIDENT_DATE = "reportIncidentDate";
        public static final String REGION = "reportRegion";
        public static final String ADDRESS = "reportAddress";
        public static final String CATEGORY = "reportCategory";
        public static final String TARGET_AGENCY = "reportTargetAgency";
        public static final String ANONYMOUS = "reportAnonymous";
        public static final String CONFIDENTIAL = "reportConfidential";
        public static final String REPORTER_NAME = "reporterName";
        public static final String REPORTER_PHONE = "reporterPhone";
        public static final String REPORTER_EMAIL = "reporterEmail";
        public static final String REPORTER_ID_NUMBER = "reporterIdNumber";
        /** Written by the process: the number of the report created. */
        public static final String TRACKING_NUMBER = "trackingNumber";

        private Vars() {
        }
    }

    /**
     * The reporter's identity as entered in the form: removed from the process in the transaction that starts it and
     * never written to Camunda's history ({@link StaffEntryHistoryFilter}).
     */
    public static final List<String> REPORTER_VARIABLES = List.of(Vars.REPORTER_NAME, Vars.REPORTER_PHONE,
            Vars.REPORTER_EMAIL, Vars.REPORTER_ID_NUMBER);

    private StaffReportEntry() {
    }
}
