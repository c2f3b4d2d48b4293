/**
 * Look-up (#8, LOOK-1, LOOK-3): the status of a dossier by its code, on every channel — the public page
 * ({@code /tra-cuu-ho-so}, also the target of the QR code on Form 01) and its API
 * ({@code GET /api/v1/dossiers/{code}/status}), the kiosk ({@code /tra-cuu-ho-so/kiosk}), the officers' and
 * hotline operators' barcode page ({@code /can-bo/tra-cuu}) and the SMS look-up
 * ({@code POST /api/v1/sms/inbound}). It shows only the code and how far its handling has come — never anything
 * about the applicant. It reads the dossier module's API and has no public types of its own.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Look-up")
@org.jspecify.annotations.NullMarked
package vn.dvc.portal.lookup;
