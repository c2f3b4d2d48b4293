package vn.dvc.portal.catalog;

import java.util.List;

/** The list of the catalogue's published procedures, for administration pages of other modules. */
public interface ProcedureIndex {

    /** The published (current) version of every procedure, by code. */
    List<Procedure> published();
}
