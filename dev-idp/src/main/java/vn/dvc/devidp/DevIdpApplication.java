package vn.dvc.devidp;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * Development OpenID Connect provider that plays the national identity provider (VNeID / the National
 * Public Service Portal) for development and tests. It is never to be deployed in production: its users
 * are fixed test identities with a known password and its signing key lives only in memory.
 */
@SpringBootApplication
@EnableConfigurationProperties(IdpProperties.class)
public class DevIdpApplication {

    public static void main(String[] args) {
        SpringApplication.run(DevIdpApplication.class, args);
    }
}
