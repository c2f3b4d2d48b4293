/**
 * Shared infrastructure every module may use: database (embedded PostgreSQL by default), web layout and
 * languages, security configuration, the API error contract, the audit log, the clock, file storage and the
 * names of files, the rate limiter, PDF slips and the demo-data mechanism. Its public types live in this
 * package; everything else is in {@code internal}.
 */
@ApplicationModule(displayName = "Platform")
@NullMarked
package vn.dvc.portal.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
