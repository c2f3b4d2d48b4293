/** The PostgreSQL fixed-window implementation of {@link vn.dvc.portal.platform.RateLimiter}. */
@org.jspecify.annotations.NullMarked
package vn.dvc.portal.platform.internal.ratelimit;
