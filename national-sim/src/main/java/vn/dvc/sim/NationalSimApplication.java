package vn.dvc.sim;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * Plays the National Public Service Portal (dichvucong.gov.vn) for development and tests: the integration adapter
 * the province calls (session and the named services of ../shared/spec/NATIONAL-PORTAL.md), a citizen page that
 * files dossiers and pushes them to the province as the real portal does, a record of everything received
 * ({@code GET /sim/received}) and fault controls ({@code POST/DELETE /sim/faults}). It listens on loopback only and
 * keeps its state in memory. Never deploy it.
 */
@SpringBootApplication
@EnableConfigurationProperties(SimProperties.class)
public class NationalSimApplication {

    public static void main(String[] args) {
        SpringApplication.run(NationalSimApplication.class, args);
    }
}
