package vn.dvc.portal.catalog.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dvc.portal.catalog.Procedure;

/** The tables {@code catalog_sector} and {@code catalog_field}. */
@Repository
class SectorStore {

    /** A field with the sector it belongs to. */
    record SectorField(Procedure.Sector sector, Procedure.Field field) {
    }

    private final JdbcClient jdbc;

    SectorStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<SectorField> field(String fieldCode) {
        return jdbc.sql("""
                        SELECT s.code AS s_code, s.name AS s_name, f.code AS f_code, f.name AS f_name
                        FROM catalog_field f JOIN catalog_sector s ON s.code = f.sector_code WHERE f.code = :code""")
                .param("code", fieldCode)
                .query((rs, n) -> new SectorField(new Procedure.Sector(rs.getString("s_code"), rs.getString("s_name")),
                        new Procedure.Field(rs.getString("f_code"), rs.getString("f_name"))))
                .optional();
    }

    List<SectorField> allFields() {
        return jdbc.sql("""
                        SELECT s.code AS s_code, s.name AS s_name, f.code AS f_code, f.name AS f_name
                        FROM catalog_field f JOIN catalog_sector s ON s.code = f.sector_code ORDER BY s.name, f.name""")
                .query((rs, n) -> new SectorField(new Procedure.Sector(rs.getString("s_code"), rs.getString("s_name")),
                        new Procedure.Field(rs.getString("f_code"), rs.getString("f_name"))))
                .list();
    }

    /** Inserts or renames; returns whether anything changed. */
    boolean saveSector(String code, String name) {
        return jdbc.sql("""
                        INSERT INTO catalog_sector (code, name) VALUES (:code, :name)
                        ON CONFLICT (code) DO UPDATE SET name = excluded.name WHERE catalog_sector.name <> excluded.name""")
                .param("code", code).param("name", name).update() > 0;
    }

    boolean saveField(String code, String name, String sectorCode) {
        return jdbc.sql("""
                        INSERT INTO catalog_field (code, name, sector_code) VALUES (:code, :name, :sector)
                        ON CONFLICT (code) DO UPDATE SET name = excluded.name, sector_code = excluded.sector_code
                        WHERE catalog_field.name <> excluded.name OR catalog_field.sector_code <> excluded.sector_code""")
                .param("code", code).param("name", name).param("sector", sectorCode).update() > 0;
    }

    /** The sectors having at least one published procedure, by name. */
    List<Procedure.Sector> publishedSectors() {
        return jdbc.sql("""
                        SELECT s.code, s.name FROM catalog_sector s
                        WHERE EXISTS (SELECT 1 FROM catalog_procedure p WHERE p.sector_code = s.code
                                      AND p.status = 'PUBLISHED')
                        ORDER BY s.name""")
                .query((rs, n) -> new Procedure.Sector(rs.getString("code"), rs.getString("name"))).list();
    }
}
