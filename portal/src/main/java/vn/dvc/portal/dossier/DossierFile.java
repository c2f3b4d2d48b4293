package vn.dvc.portal.dossier;

import java.util.UUID;

/**
 * A file of a dossier, for the processing module's pages (the caller authorises and audits every read).
 *
 * @param origin UPLOADED, REUSED, RESULT, SUPPLEMENT or SLIP
 */
public record DossierFile(UUID id, String componentCode, String fileName, String mediaType, long size, String origin) {
}
