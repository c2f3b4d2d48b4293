@NullMarked
package vn.dvc.portal.platform.internal.ops;

import org.jspecify.annotations.NullMarked;
