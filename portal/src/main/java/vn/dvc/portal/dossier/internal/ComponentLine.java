package vn.dvc.portal.dossier.internal;

/**
 * One line of the components checklist as received (the slips' table).
 *
 * @param code      the component's code in the procedure version
 * @param name      as published
 * @param originals number of originals (bản chính)
 * @param copies    number of copies (bản sao)
 * @param required  whether the procedure requires it
 * @param provided  whether it was handed in (ticked at the desk, or a file attached online)
 */
record ComponentLine(String code, String name, int originals, int copies, boolean required, boolean provided) {
}
