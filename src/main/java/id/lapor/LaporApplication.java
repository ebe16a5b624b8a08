package id.lapor;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class LaporApplication {

    public static void main(String[] args) {
        SpringApplication.run(LaporApplication.class, args);
    }
}
