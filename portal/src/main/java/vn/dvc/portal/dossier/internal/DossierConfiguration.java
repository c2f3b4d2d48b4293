package vn.dvc.portal.dossier.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's ports: the virus scanner (ClamAV when configured). */
@Configuration(proxyBeanMethods = false)
class DossierConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DossierConfiguration.class);

    @Bean
    VirusScanner virusScanner(DossierProperties properties) {
        if (properties.hasClamd()) {
            log.info("Dossier files are scanned by clamd at {}:{}", properties.clamdHost(), properties.clamdPort());
            return new ClamdScanner(properties.clamdHost(), properties.clamdPort());
        }
        log.warn("DVC_CLAMD_HOST is not set: uploaded dossier files are NOT scanned for viruses; only the EICAR "
                + "test signature is detected. Set DVC_CLAMD_HOST (and DVC_CLAMD_PORT) in production.");
        return new EicarSignatureScanner();
    }
}
