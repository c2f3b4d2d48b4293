package vn.dvc.portal.catalog;

import java.util.List;
import java.util.Optional;

/** The procedures for other modules. */
public interface Procedures {

    /** The published (current) version of the procedure with this national code, e.g. {@code 1.001193}. */
    Optional<Procedure> findPublished(String code);

    /** A given version (a dossier keeps the version it was received under), published or not. */
    Optional<Procedure> find(String code, int version);

    /** Every version of the procedure, oldest first; empty for an unknown code. */
    List<Procedure> versions(String code);

    /** The sectors (ngành/lĩnh vực) of published procedures, by name. */
    List<Procedure.Sector> sectors();
}
