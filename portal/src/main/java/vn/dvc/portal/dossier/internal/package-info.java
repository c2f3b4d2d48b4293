/** The dossier module's implementation. */
@org.jspecify.annotations.NullMarked
package vn.dvc.portal.dossier.internal;
