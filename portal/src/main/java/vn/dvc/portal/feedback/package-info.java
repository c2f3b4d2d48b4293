/**
 * Questions, feedback and petitions (hỏi đáp – phản ánh kiến nghị, Chapter III of QĐ 1649), the FAQ, ratings,
 * accountability items and satisfaction surveys.
 *
 * <p>Public API of the module:
 * <ul>
 *   <li>{@link vn.dvc.portal.feedback.DossierRatings}: rate the handling of a dossier after its result (EVAL-1),
 *       for the dossier module;</li>
 *   <li>{@link vn.dvc.portal.feedback.NationalPortalQuestions}: questions sent from the National Portal enter the
 *       handling, and their approved answers are read back (integration module);</li>
 *   <li>the events {@link vn.dvc.portal.feedback.QuestionSubmitted}, {@link vn.dvc.portal.feedback.QuestionForwarded},
 *       {@link vn.dvc.portal.feedback.QuestionReturned}, {@link vn.dvc.portal.feedback.AnswerPublished} and
 *       {@link vn.dvc.portal.feedback.RatingGiven}.</li>
 * </ul>
 * The rules are explained in {@code docs/feedback.md}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Questions, feedback and ratings")
@org.jspecify.annotations.NullMarked
package vn.dvc.portal.feedback;
