/** The filesystem implementation of {@link vn.dvc.portal.platform.FileStorage}. */
@NullMarked
package vn.dvc.portal.platform.internal.storage;

import org.jspecify.annotations.NullMarked;
