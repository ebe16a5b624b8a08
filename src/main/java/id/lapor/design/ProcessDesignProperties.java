package id.lapor.design;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code lapor.process-design}: what a deployment may contain and how the application's own files meet the designer's.
 *
 * @param scriptsEnabled                 script tasks, script listeners and script conditions are refused unless this
 *                                       is set: a script may do anything the application may (read every table)
 * @param overwriteDesignerDeployments   at start-up, deploy a changed file of {@code processes/} or {@code forms/}
 *                                       even where a designer has deployed a newer version from Camunda Modeler
 */
@ConfigurationProperties("lapor.process-design")
public record ProcessDesignProperties(boolean scriptsEnabled, boolean overwriteDesignerDeployments) {
}
