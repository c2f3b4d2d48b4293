package vn.dvc.portal.lookup.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dvc.portal.calendar.Standing;
import vn.dvc.portal.dossier.Channel;
import vn.dvc.portal.dossier.DossierHistoryEntry;
import vn.dvc.portal.dossier.DossierStatus;
import vn.dvc.portal.dossier.DossierView;
import vn.dvc.portal.dossier.Dossiers;
import vn.dvc.portal.dossier.HistoryDetail;

/**
 * The look-up's rules over the dossier module's API (a stand-in for the API, not for a database): one look-up by
 * code whatever the input, so a malformed code costs what an unknown one does; where a dossier stands against
 * its appointment.
 */
class StatusLookupTest {

    static final Instant NOW = Instant.parse("2026-12-02T02:00:00Z");
    static final Instant RECEIVED = Instant.parse("2026-11-30T02:00:00Z");
    static final Instant DUE = Instant.parse("2026-12-03T10:00:00Z");
    static final String CODE = "000.00.15.H63-261130-0001";

    final Dossiers dossiers = mock(Dossiers.class);
    final StatusLookup lookup = new StatusLookup(dossiers, Clock.fixed(NOW, ZoneId.of("Asia/Ho_Chi_Minh")));

    @Test
    void malformedAndUnknownCodesCostOneLookUpEach() {
        when(dossiers.findByCode(anyString())).thenReturn(Optional.empty());
        assertThat(lookup.lookup("not a code")).isInstanceOf(StatusLookup.Malformed.class);
        assertThat(lookup.lookup("000.00.15.H63-261130-9999")).isInstanceOf(StatusLookup.Unknown.class);
        verify(dossiers, times(2)).findByCode(anyString());
    }

    @Test
    void anOpenDossierIsWithinOrOverdue() {
        assertThat(standing(DossierStatus.IN_PROCESSING, DUE)).isEqualTo(Standing.ON_TIME);
        assertThat(standing(DossierStatus.IN_PROCESSING, NOW.minusSeconds(60))).isEqualTo(Standing.OVERDUE);
        assertThat(standing(DossierStatus.WAITING_FOR_SUPPLEMENT, NOW.minusSeconds(60))).isEqualTo(Standing.PAUSED);
        assertThat(standing(DossierStatus.STOPPED, DUE)).isEqualTo(Standing.NOT_APPLICABLE);
        assertThat(standing(DossierStatus.WITHDRAWN, DUE)).isEqualTo(Standing.NOT_APPLICABLE);
    }

    @Test
    void aProcessedDossierIsJudgedByWhenItsResultWasIssued() {
        DossierView view = view(DossierStatus.RESULT_RETURNED, Instant.parse("2026-12-01T10:00:00Z"));
        when(dossiers.history(view.id())).thenReturn(List.of(entry(1, RECEIVED, DossierStatus.RECEIVED),
                entry(2, Instant.parse("2026-12-01T09:00:00Z"), DossierStatus.RESULT_READY),
                entry(3, NOW, DossierStatus.RESULT_RETURNED)));
        when(dossiers.findByCode(CODE)).thenReturn(Optional.of(view));
        assertThat(((StatusLookup.Found) lookup.lookup(CODE)).status().standing()).isEqualTo(Standing.DONE_ON_TIME);

        DossierView late = view(DossierStatus.RESULT_READY, Instant.parse("2026-12-01T08:00:00Z"));
        when(dossiers.history(late.id())).thenReturn(List.of(entry(4, Instant.parse("2026-12-01T09:00:00Z"),
                DossierStatus.RESULT_READY)));
        when(dossiers.findByCode(CODE)).thenReturn(Optional.of(late));
        assertThat(((StatusLookup.Found) lookup.lookup(CODE)).status().standing()).isEqualTo(Standing.DONE_LATE);
    }

    private Standing standing(DossierStatus status, Instant due) {
        when(dossiers.findByCode(CODE)).thenReturn(Optional.of(view(status, due)));
        StatusLookup.Outcome outcome = lookup.lookup(" " + CODE.toLowerCase() + " ");
        return ((StatusLookup.Found) outcome).status().standing();
    }

    private static DossierView view(DossierStatus status, Instant due) {
        return new DossierView(UUID.randomUUID(), CODE, "1.001193", 1, "Đăng ký khai sinh", "TH1", status,
                Channel.IN_PERSON, "000.00.15.H63", "000.00.15.H63", "Nguyễn Văn Bình", null, null, RECEIVED, due);
    }

    private static DossierHistoryEntry entry(long sequence, Instant at, DossierStatus to) {
        return new DossierHistoryEntry(sequence, at, "demo.desk", "ACT", null, to, HistoryDetail.note(""));
    }
}
