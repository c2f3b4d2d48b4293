package vn.dvc.portal.dossier;

/**
 * How a dossier was submitted (DOS-1), with the national KenhThucHien code it is reported as. The National
 * Portal is our channel 4 and is reported nationally as 2 (online).
 */
public enum Channel {
    /** Trực tiếp tại Bộ phận Một cửa. */
    IN_PERSON(1, 1),
    /** Trực tuyến qua Cổng Dịch vụ công tỉnh. */
    ONLINE(2, 2),
    /** Qua dịch vụ bưu chính công ích. */
    POSTAL(3, 3),
    /** Trực tuyến qua Cổng Dịch vụ công quốc gia. */
    NATIONAL_PORTAL(4, 2);

    private final int code;
    private final int nationalCode;

    Channel(int code, int nationalCode) {
        this.code = code;
        this.nationalCode = nationalCode;
    }

    /** Our code (reference table {@code ref_submission_channel}). */
    public int code() {
        return code;
    }

    /** The national KenhThucHien code: 1 direct, 2 online, 3 postal. */
    public int nationalCode() {
        return nationalCode;
    }

    public boolean isOnline() {
        return nationalCode == 2;
    }

    public static Channel ofCode(int code) {
        for (Channel channel : values()) {
            if (channel.code == code) {
                return channel;
            }
        }
        throw new IllegalArgumentException("no channel " + code);
    }
}
