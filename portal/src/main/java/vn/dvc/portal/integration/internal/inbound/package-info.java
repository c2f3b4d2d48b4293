/**
 * What comes from the National Public Service Portal and what goes back for it (#15 item 3; INT-1, QA-6): questions
 * pulled ({@code DongBoHoiDap}) into the feedback module's handling, their approved answers sent back
 * ({@code DongBoKetQuaHoiDapGuiTuDVCQG}) until acknowledged, and the monthly ratings summary
 * ({@code DongBoDanhGia}). Dossiers filed there arrive at the dossier module's own endpoint. docs/integration-inbound.md
 * explains the choices.
 */
@org.jspecify.annotations.NullMarked
package vn.dvc.portal.integration.internal.inbound;
