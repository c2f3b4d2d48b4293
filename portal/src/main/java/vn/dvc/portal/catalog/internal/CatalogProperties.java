package vn.dvc.portal.catalog.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The catalogue's configuration ({@code dvc.catalog.*}).
 *
 * @param provinceCode the province's level-1 segment of QCVN 102:2016 agency codes ({@code DVC_PROVINCE_CODE},
 *                     default {@code H63}); agencies created by the Centre must carry it
 * @param demoLocation where the demo data files are ({@code agencies.json}, {@code sectors.json},
 *                     {@code procedures.json}, {@code forms/}), a Spring resource location ending in '/'
 */
@ConfigurationProperties("dvc.catalog")
record CatalogProperties(String provinceCode, String demoLocation) {

    CatalogProperties {
        if (provinceCode == null || !provinceCode.matches("[A-Z][0-9]{2}")) {
            throw new IllegalArgumentException("dvc.catalog.province-code (DVC_PROVINCE_CODE) must look like H63");
        }
    }

    /** The code of the province's People's Committee, the root of the tree: {@code 000.00.00.H63}. */
    String rootAgencyCode() {
        return "000.00.00." + provinceCode;
    }
}
