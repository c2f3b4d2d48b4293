/** The database connection and the embedded PostgreSQL. */
@NullMarked
package vn.dvc.portal.platform.internal.db;

import org.jspecify.annotations.NullMarked;
