package vn.dvc.portal.integration.internal.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The sync's small rules: back-off, the look-up's comparison, what a correction changed, the lag shown (INT-1, OPS-1). */
class OutboundRulesTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void theWaitDoublesFromTheBackOffUpToItsCap() {
        SyncProperties properties = new SyncProperties(Duration.ofSeconds(5), Duration.ofSeconds(10),
                Duration.ofMinutes(10), 8);
        assertThat(properties.delayAfter(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(properties.delayAfter(2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(properties.delayAfter(4)).isEqualTo(Duration.ofSeconds(80));
        assertThat(properties.delayAfter(7)).isEqualTo(Duration.ofMinutes(10));
        assertThat(properties.delayAfter(1000)).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void unsetSettingsTakeSafeDefaults() {
        SyncProperties properties = new SyncProperties(null, null, null, 0);
        assertThat(properties.interval()).isEqualTo(Duration.ofSeconds(5));
        assertThat(properties.backoff()).isEqualTo(Duration.ofSeconds(10));
        assertThat(properties.backoffMax()).isEqualTo(Duration.ofMinutes(10));
        assertThat(properties.concurrency()).isEqualTo(16);
    }

    @Test
    void aNationalRecordIsTheSentOneWhateverListsTheNationalSideAdds() {
        ObjectNode sent = (ObjectNode) json.readTree("""
                {"data":[{"MaHoSo":"A-1","TrangThaiHoSo":"4","TaiLieuNop":[]}],"isUpdating":"True"}""");
        assertThat(OutboundWorker.sameRecord(json.readTree("""
                {"MaHoSo":"A-1","TrangThaiHoSo":"4","TaiLieuNop":[],"TienDo":[{"x":1}],"DanhSachTrangThai":[]}"""), sent))
                .isTrue();
        assertThat(OutboundWorker.sameRecord(json.readTree("""
                {"MaHoSo":"A-1","TrangThaiHoSo":"2","TaiLieuNop":[],"TienDo":[]}"""), sent)).isFalse();
    }

    @Test
    void aCorrectionNamesTheFieldsItChangedAndNotTheirValues() {
        var before = json.readTree("""
                {"data":[{"MaHoSo":"A-1","TrichYeuHoSo":"cũ","Email":"a@b.vn"}]}""");
        var after = json.readTree("""
                {"data":[{"MaHoSo":"A-1","TrichYeuHoSo":"mới","Email":"a@b.vn","Fax":""}]}""");
        assertThat(SyncAdministration.changedFields(before, after))
                .containsExactly("data[0].TrichYeuHoSo", "data[0].Fax");
    }

    @Test
    void nothingIsEverSentAsNull() {
        var payload = json.readTree("""
                {"data":[{"MaHoSo":"A-1","NoiDungXuLy":null,"TaiLieuNop":[null,{"TenTepDinhKem":null}]}]}""");
        assertThat(NationalMessages.withoutNulls(payload).toString()).isEqualTo(
                "{\"data\":[{\"MaHoSo\":\"A-1\",\"NoiDungXuLy\":\"\",\"TaiLieuNop\":[\"\",{\"TenTepDinhKem\":\"\"}]}]}");
    }

    @Test
    void theLagIsShownInItsLargestWholeUnit() {
        assertThat(SyncPages.Lag.of(42)).isEqualTo(new SyncPages.Lag(42, "seconds"));
        assertThat(SyncPages.Lag.of(600)).isEqualTo(new SyncPages.Lag(10, "minutes"));
        assertThat(SyncPages.Lag.of(3 * 3600)).isEqualTo(new SyncPages.Lag(3, "hours"));
        assertThat(SyncPages.Lag.of(5 * 86400)).isEqualTo(new SyncPages.Lag(5, "days"));
    }
}
