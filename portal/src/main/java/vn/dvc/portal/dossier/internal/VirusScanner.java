package vn.dvc.portal.dossier.internal;

import java.util.Optional;

/** Scans an uploaded file before it is stored (port; ClamAV or the EICAR-only fallback). */
interface VirusScanner {

    /**
     * @return the name of the threat found, empty if the content is clean
     * @throws ScanUnavailable if the scanner cannot be reached (the file is then refused, never let through)
     */
    Optional<String> findThreat(byte[] content);

    class ScanUnavailable extends RuntimeException {
        ScanUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
