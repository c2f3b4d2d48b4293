package vn.dvc.portal.dossier.internal;

/**
 * A file sent for a component, before it is checked.
 *
 * @param componentCode the component it is for
 * @param fileName      the name the sender gave it
 * @param declaredType  the content type the sender declared (not trusted: the content is checked)
 * @param content       the bytes
 */
record Upload(String componentCode, String fileName, String declaredType, byte[] content) {
}
