/**
 * Implementation of the working-time calendar: the lunar calendar (astronomical algorithm), the
 * statutory holidays and overrides of a year, per-year day tables, and the engine. Not part of the
 * module's API; only the engine and the lunar calendar are public, for the factories of the API types.
 */
@org.jspecify.annotations.NullMarked
package vn.dvc.portal.calendar.internal;
