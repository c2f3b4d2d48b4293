/**
 * The PostgreSQL implementation of {@link vn.dvc.portal.platform.IdempotencyKeys} and the filter that applies it to
 * every {@code POST} of the officers' API.
 */
@org.jspecify.annotations.NullMarked
package vn.dvc.portal.platform.internal.idempotency;
