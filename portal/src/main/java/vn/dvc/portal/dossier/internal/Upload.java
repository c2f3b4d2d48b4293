package vn.dvc.portal.dossier.internal;

import vn.dvc.portal.platform.FileNames;

/**
 * A file sent for a component, before it is checked.
 *
 * @param componentCode the component it is for
 * @param fileName      the name the sender gave it, cleaned at once ({@link FileNames#clean}): only the base
 *                      name is ever checked, stored or shown
 * @param declaredType  the content type the sender declared (not trusted: the content is checked)
 * @param content       the bytes
 */
record Upload(String componentCode, String fileName, String declaredType, byte[] content) {

    Upload {
        fileName = FileNames.clean(fileName, ContentTypes.detect(content).orElse(null));
    }
}
