/** Implementation of the look-up: the public status, the rate limit per client, the pages, the SMS webhook. */
@org.jspecify.annotations.NullMarked
package vn.dvc.portal.lookup.internal;
