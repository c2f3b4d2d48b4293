package vn.dvc.portal.catalog.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvc.portal.catalog.Procedure;
import vn.dvc.portal.catalog.Procedures;

/** {@link Procedures} over the catalogue's tables. */
@Service
@Transactional(readOnly = true)
class JdbcProcedures implements Procedures {

    private final ProcedureStore store;
    private final SectorStore sectors;

    JdbcProcedures(ProcedureStore store, SectorStore sectors) {
        this.store = store;
        this.sectors = sectors;
    }

    @Override
    public Optional<Procedure> findPublished(String code) {
        return store.findPublished(code);
    }

    @Override
    public Optional<Procedure> find(String code, int version) {
        return store.find(code, version);
    }

    @Override
    public List<Procedure> versions(String code) {
        return store.versions(code);
    }

    @Override
    public List<Procedure.Sector> sectors() {
        return sectors.publishedSectors();
    }
}
