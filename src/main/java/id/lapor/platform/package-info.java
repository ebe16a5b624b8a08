/**
 * Platform: what every module stands on and no feature: web security and staff login, the API's error responses
 * and input hygiene, the database choice (embedded or external), the engine's tuning and every use of Camunda's
 * internal classes (engine), the outbound SMS and social-media gateways (messaging), demo accounts (demo) and
 * history retention (retention). An open module: its sub-packages are shared infrastructure.
 */
@ApplicationModule(displayName = "Platform", type = ApplicationModule.Type.OPEN)
package id.lapor.platform;

import org.springframework.modulith.ApplicationModule;
