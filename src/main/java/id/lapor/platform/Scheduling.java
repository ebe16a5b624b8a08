package id.lapor.platform;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Periodic housekeeping of the application (not process timers: those are Camunda jobs). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class Scheduling {
}
