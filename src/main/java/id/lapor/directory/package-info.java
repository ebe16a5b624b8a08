/**
 * Directory: the governments (central, province, kabupaten/kota), their units, regions and report categories, and
 * the staff groups derived from them; the directory's read API.
 */
@ApplicationModule(displayName = "Directory", allowedDependencies = "platform")
package id.lapor.directory;

import org.springframework.modulith.ApplicationModule;
