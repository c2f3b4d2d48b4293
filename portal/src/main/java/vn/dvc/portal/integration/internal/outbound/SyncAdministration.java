package vn.dvc.portal.integration.internal.outbound;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.dvc.portal.integration.internal.client.NationalPortalProperties;
import vn.dvc.portal.platform.AuditLog;
import vn.dvc.portal.platform.CurrentActor;
import vn.dvc.portal.platform.RefusedInput;
import vn.dvc.portal.platform.ResourceNotFound;

/**
 * The Centre's side of the sync ({@code /quan-tri/dong-bo-dvcqg}, roles CENTRE and ADMIN): the backlog and the dead
 * letters; a dead letter's payload corrected (a JSON object about the same dossier) and replayed, or replayed as it
 * is. Corrections and replays are audited (who, when, which fields changed — never their values, which are personal
 * data); the first payload is kept beside the corrected one. Reading a message's payload is audited as a read of the
 * dossier.
 */
@Service
class SyncAdministration {

    static final String CENTRE_ONLY = "hasAnyRole('CENTRE', 'ADMIN')";
    static final int DEAD_LETTERS_SHOWN = 200;
    static final int PAYLOAD_LIMIT = 256 * 1024;

    private final Ledger ledger;
    private final SyncStatus status;
    private final NationalPortalProperties portal;
    private final ObjectProvider<OutboundWorker> worker;
    private final AuditLog audit;
    private final JsonMapper json;
    private final Clock clock;

    SyncAdministration(Ledger ledger, SyncStatus status, NationalPortalProperties portal,
            ObjectProvider<OutboundWorker> worker, AuditLog audit, JsonMapper json, Clock clock) {
        this.ledger = ledger;
        this.status = status;
        this.portal = portal;
        this.worker = worker;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /** What the overview shows. */
    record Overview(boolean enabled, SyncStatus.Figures figures, List<OutboundMessage> deadLetters) {
    }

    @PreAuthorize(CENTRE_ONLY)
    @Transactional(readOnly = true)
    public Overview overview() {
        return new Overview(portal.enabled(), status.now(), ledger.deadLetters(DEAD_LETTERS_SHOWN));
    }

    /** A message with its dossier's messages in order. */
    record MessagePage(OutboundMessage message, String prettyPayload, List<OutboundMessage> dossierMessages) {
    }

    @PreAuthorize(CENTRE_ONLY)
    @Transactional
    public MessagePage message(long id) {
        OutboundMessage message = ledger.find(id).orElseThrow(() -> new ResourceNotFound("no outbound message " + id));
        audit.record("dossier.read", "dossier", message.dossierId().toString(),
                Map.of("by", "national-portal-sync", "message", id));
        return new MessagePage(message, pretty(message.payload()), ledger.ofDossier(message.dossierId()));
    }

    /** Replaces a dead letter's payload and sends it again. */
    @PreAuthorize(CENTRE_ONLY)
    @Transactional
    public OutboundMessage correctAndReplay(long id, String payload) {
        OutboundMessage message = deadLetter(id);
        ObjectNode corrected = parse(payload);
        requireSameDossier(message, corrected);
        ObjectNode before = (ObjectNode) json.readTree(message.payload());
        List<String> changed = changedFields(before, corrected);
        String by = CurrentActor.name();
        ledger.correctAndReplay(id, json.writeValueAsString(corrected), by, clock.instant());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("dossier", message.dossierCode());
        details.put("service", message.service());
        details.put("changed", changed);
        audit.record("integration.sync.message.corrected", "outbound-message", Long.toString(id), details);
        wakeAfterCommit();
        return message;
    }

    /** Sends a dead letter again as it is (the cause was on the national side). */
    @PreAuthorize(CENTRE_ONLY)
    @Transactional
    public OutboundMessage replay(long id) {
        OutboundMessage message = deadLetter(id);
        ledger.replay(id, CurrentActor.name(), clock.instant());
        audit.record("integration.sync.message.replayed", "outbound-message", Long.toString(id),
                Map.of("dossier", message.dossierCode(), "service", message.service()));
        wakeAfterCommit();
        return message;
    }

    private OutboundMessage deadLetter(long id) {
        OutboundMessage message = ledger.lock(id).orElseThrow(() -> new ResourceNotFound("no outbound message " + id));
        if (!message.dead()) {
            throw RefusedInput.of("payload", "integration.sync.error.notDead");
        }
        return message;
    }

    private ObjectNode parse(String payload) {
        if (payload == null || payload.isBlank()) {
            throw RefusedInput.of("payload", "integration.sync.error.payloadRequired");
        }
        if (payload.length() > PAYLOAD_LIMIT) {
            throw RefusedInput.of("payload", "integration.sync.error.payloadTooLong", PAYLOAD_LIMIT / 1024);
        }
        JsonNode node;
        try {
            node = json.readTree(payload);
        } catch (JacksonException e) {
            throw RefusedInput.of("payload", "integration.sync.error.notJson");
        }
        if (node == null || !node.isObject()) {
            throw RefusedInput.of("payload", "integration.sync.error.notObject");
        }
        return (ObjectNode) node;
    }

    /** A correction may not make the message about another dossier. */
    private static void requireSameDossier(OutboundMessage message, ObjectNode corrected) {
        JsonNode data = corrected.path("data");
        String code = message.service().equals(OutboundMessage.STATUS) ? data.path("MaHoSoDonVi").asString("")
                : data.path(0).path("MaHoSo").asString("");
        if (!message.dossierCode().equals(code)) {
            throw RefusedInput.of("payload", "integration.sync.error.otherDossier", message.dossierCode());
        }
    }

    /** The paths of the fields whose values differ (e.g. {@code data[0].TrichYeuHoSo}). */
    static List<String> changedFields(JsonNode before, JsonNode after) {
        List<String> changed = new ArrayList<>();
        diff("", before, after, changed);
        return changed;
    }

    private static void diff(String path, JsonNode before, JsonNode after, List<String> changed) {
        if (before.isObject() && after.isObject()) {
            List<String> names = new ArrayList<>();
            before.propertyNames().forEach(names::add);
            for (Iterator<String> it = after.propertyNames().iterator(); it.hasNext(); ) {
                String name = it.next();
                if (!names.contains(name)) {
                    names.add(name);
                }
            }
            for (String name : names) {
                JsonNode b = before.get(name);
                JsonNode a = after.get(name);
                String at = path.isEmpty() ? name : path + "." + name;
                if (b == null || a == null) {
                    changed.add(at);
                } else {
                    diff(at, b, a, changed);
                }
            }
        } else if (before.isArray() && after.isArray() && before.size() == after.size()) {
            for (int i = 0; i < before.size(); i++) {
                diff(path + "[" + i + "]", before.get(i), after.get(i), changed);
            }
        } else if (!Objects.equals(before, after)) {
            changed.add(path.isEmpty() ? "(payload)" : path);
        }
    }

    /** The payload indented, its fields in the national documentation's order. */
    private String pretty(String payload) {
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(ordered(json.readTree(payload)));
    }

    private JsonNode ordered(JsonNode node) {
        if (node.isArray()) {
            tools.jackson.databind.node.ArrayNode out = json.createArrayNode();
            node.forEach(item -> out.add(ordered(item)));
            return out;
        }
        if (!node.isObject()) {
            return node;
        }
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        names.sort(java.util.Comparator.comparingInt(name -> {
            int at = NationalMessages.FIELD_ORDER.indexOf(name);
            return at < 0 ? Integer.MAX_VALUE : at;
        }));
        ObjectNode out = json.createObjectNode();
        names.forEach(name -> out.set(name, ordered(node.get(name))));
        return out;
    }

    private void wakeAfterCommit() {
        OutboundWorker delivering = worker.getIfAvailable();
        if (delivering == null) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    delivering.wake();
                }
            });
        } else {
            delivering.wake();
        }
    }
}
