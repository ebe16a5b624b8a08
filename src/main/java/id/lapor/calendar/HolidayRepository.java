package id.lapor.calendar;

import java.time.LocalDate;
import org.springframework.data.jpa.repository.JpaRepository;

public interface HolidayRepository extends JpaRepository<Holiday, LocalDate> {
}
