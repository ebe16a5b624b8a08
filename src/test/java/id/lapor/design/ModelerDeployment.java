package id.lapor.design;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * A deployment exactly as Camunda Modeler 5 makes it: POST /engine-rest/deployment/create, multipart with the fields
 * {@code deployment-name}, {@code deployment-source=Camunda Modeler}, {@code deploy-changed-only} and one part per
 * file, named after the file.
 */
public final class ModelerDeployment {

    private final String name;
    private final boolean changedOnly;
    private final Map<String, byte[]> files = new LinkedHashMap<>();

    private ModelerDeployment(String name, boolean changedOnly) {
        this.name = name;
        this.changedOnly = changedOnly;
    }

    public static ModelerDeployment named(String name, boolean changedOnly) {
        return new ModelerDeployment(name, changedOnly);
    }

    /** A file of the repository ({@code processes/…}, {@code forms/…}), changed by replacing one text. */
    public ModelerDeployment file(String path, String text, String replacement) {
        String content = repositoryFile(path);
        if (text != null) {
            if (!content.contains(text)) {
                throw new IllegalArgumentException(path + " does not contain " + text);
            }
            content = content.replace(text, replacement);
        }
        return file(Path.of(path).getFileName().toString(), content);
    }

    public ModelerDeployment file(String path) {
        return file(path, null, null);
    }

    public ModelerDeployment file(String fileName, String content) {
        files.put(fileName, content.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public static String repositoryFile(String path) {
        try {
            return Files.readString(Path.of(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ResponseEntity<String> deployAs(TestRestTemplate rest, String user) {
        LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("deployment-name", name);
        form.add("deployment-source", "Camunda Modeler");
        form.add("deploy-changed-only", String.valueOf(changedOnly));
        files.forEach((fileName, bytes) -> form.add(fileName, new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return fileName;
            }
        }));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return rest.withBasicAuth(user, "demo").postForEntity("/engine-rest/deployment/create",
                new HttpEntity<>(form, headers), String.class);
    }
}
