package id.lapor.intake.attachment;

/** Who attached a file: the reporter (seen by the reporter and staff only) or staff as evidence (public with a public report). */
public enum AttachmentOrigin { REPORTER, STAFF }
