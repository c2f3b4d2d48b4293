@NullMarked
package vn.dvc.portal.platform.internal.security;

import org.jspecify.annotations.NullMarked;
