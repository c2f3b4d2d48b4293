package vn.dvc.portal.integration.internal.catalogue;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The catalogue pull's settings ({@code dvc.national-catalogue.*}; {@code DVC_NATIONAL_CATALOGUE_*} in the README).
 *
 * @param cron       when the scheduled pull runs (Spring cron, zone Asia/Ho_Chi_Minh; {@code -} turns it off); it
 *                   never runs while {@code DVC_NATIONAL_PORTAL_URL} is empty
 * @param publishNew whether a procedure new to the catalogue is published at once (else it waits as a draft for
 *                   the Centre to complete the province's parts and publish it)
 */
@ConfigurationProperties("dvc.national-catalogue")
record CataloguePullProperties(String cron, boolean publishNew) {
}
