package id.lapor.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the OpenAPI document says of the installation ({@code lapor.api.*}).
 *
 * @param contact whom integrators ask (name, address, email; an empty email is left out)
 * @param license the API's license (an empty name leaves the license out)
 * @param serverUrl the server address in the document ({@code /}: the address it was read from)
 */
@ConfigurationProperties("lapor.api")
record ApiDocumentationProperties(@DefaultValue Contact contact, @DefaultValue License license,
        @DefaultValue("/") String serverUrl) {

    record Contact(@DefaultValue("SP4N-LAPOR!") String name, @DefaultValue("https://www.lapor.go.id") String url,
            @DefaultValue("") String email) {
    }

    record License(@DefaultValue("Apache-2.0") String name,
            @DefaultValue("https://www.apache.org/licenses/LICENSE-2.0") String url) {
    }
}
