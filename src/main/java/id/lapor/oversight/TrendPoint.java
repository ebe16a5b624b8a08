package id.lapor.oversight;

import java.time.LocalDate;

/** One week or month of the trend: reports received, reports completed (SELESAI) and breaches recorded. */
public record TrendPoint(LocalDate start, long received, long completed, long breaches) {
}
