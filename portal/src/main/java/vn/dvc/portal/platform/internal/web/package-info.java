@NullMarked
package vn.dvc.portal.platform.internal.web;

import org.jspecify.annotations.NullMarked;
