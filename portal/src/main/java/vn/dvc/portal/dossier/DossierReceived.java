package vn.dvc.portal.dossier;

import java.time.Instant;
import java.util.UUID;

/**
 * The desk received a dossier: its code was issued and its appointment computed (Form 01).
 *
 * @param at    the instant of receipt
 * @param dueAt the appointment (due) instant from the working-time clock
 */
public record DossierReceived(UUID dossierId, String code, String procedureCode, int procedureVersion,
                              Channel channel, String receivingAgency, String competentAgency, Instant at,
                              Instant dueAt) implements DossierEvent {
}
