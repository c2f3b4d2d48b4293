/** JMH benchmarks of the working-time calendar (run by hand; not part of the test suite). */
@org.jspecify.annotations.NullMarked
package vn.dvc.portal.calendar.bench;
