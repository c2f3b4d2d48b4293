@NullMarked
package vn.dvc.portal.platform.internal.demo;

import org.jspecify.annotations.NullMarked;
