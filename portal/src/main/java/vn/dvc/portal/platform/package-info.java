/**
 * Shared infrastructure every module may use: database (embedded PostgreSQL by default), web layout and
 * languages, security configuration, the API error contract, the audit log, the clock, file storage and the
 * names of files ({@link FileNames}), PDF slips and the demo-data mechanism; and the primitives written once
 * for every module: Vietnamese text folding ({@link VietnameseText}), the time zone and the Vietnamese date
 * formats ({@link PortalTime}), the fixed-window counter ({@link RateLimiter}). What only another module knows
 * it provides through an interface here ({@link PersonalDataProtection}, {@link OfficerRoles}). Its public
 * types live in this package; everything else is in {@code internal}.
 */
@ApplicationModule(displayName = "Platform")
@NullMarked
package vn.dvc.portal.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
