package vn.dvc.portal.dossier.internal;

/** The procedure version and case a dossier is for, with the names as they were at submission. */
record ProcedureRef(String code, int version, String name, String caseCode, String caseName) {
}
