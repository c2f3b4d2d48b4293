/** Implementation of the feedback module: the question aggregate and its clock, stores, pages, API, jobs. */
@org.jspecify.annotations.NullMarked
package vn.dvc.portal.feedback.internal;
