package id.lapor.oversight;

import java.time.LocalDate;

/**
 * What the figures cover: the days {@code from} to {@code to} (both inclusive, in the national time zone), the
 * breakdown, and optionally one agency (with the agencies under it) or one region (with the regions under it, by
 * code prefix: {@code 64} covers {@code 64.74}).
 */
public record OversightFilter(LocalDate from, LocalDate to, Grouping groupBy, String agency, String region) {
}
