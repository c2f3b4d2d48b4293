package vn.dvc.portal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * The provincial Public Service Portal and electronic one-stop system (Cổng Dịch vụ công và Hệ thống
 * thông tin một cửa điện tử), one deployable made of Spring Modulith modules.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(systemName = "Cổng Dịch vụ công", sharedModules = "platform")
public class PortalApplication {

    public static void main(String[] args) {
        SpringApplication.run(PortalApplication.class, args);
    }
}
