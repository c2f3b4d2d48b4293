@NullMarked
package vn.dvc.portal.platform.internal.audit;

import org.jspecify.annotations.NullMarked;
