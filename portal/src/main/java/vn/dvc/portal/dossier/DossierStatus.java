package vn.dvc.portal.dossier;

/**
 * Where a dossier is in its life-cycle (docs/dossier.md), each state shown nationally by one of the ten
 * status codes of the National Public Service Portal (REGULATORY-FACTS §8). The mapping is defined here
 * and nowhere else.
 */
public enum DossierStatus {
    /** Submitted online, waiting for the desk (1 Mới đăng ký). */
    SUBMITTED(1),
    /** Before receipt the desk asked for supplements (Form 02); waiting for the applicant (5). */
    AWAITING_COMPLETION(5),
    /** The desk refused to receive it (Form 03) (3 Không được tiếp nhận). */
    NOT_ACCEPTED(3),
    /** Received, code issued, appointment given (Form 01) (2 Được tiếp nhận). */
    RECEIVED(2),
    /** At a processing step, possibly at another agency (4 Đang xử lý). */
    IN_PROCESSING(4),
    /** A supplement was requested during processing; the clock is paused (5 Yêu cầu bổ sung giấy tờ). */
    WAITING_FOR_SUPPLEMENT(5),
    /** A fee or tax is due (6 Yêu cầu thực hiện nghĩa vụ tài chính). */
    WAITING_FOR_PAYMENT(6),
    /** The applicant withdrew it (7 Công dân yêu cầu rút hồ sơ). */
    WITHDRAWN(7),
    /** The agency stopped processing with reasons (8 Dừng xử lý). */
    STOPPED(8),
    /** The result is ready at the desk or sent (9 Đã xử lý xong). */
    RESULT_READY(9),
    /** The result was handed over or delivered (10 Đã trả kết quả). */
    RESULT_RETURNED(10);

    private final int nationalCode;

    DossierStatus(int nationalCode) {
        this.nationalCode = nationalCode;
    }

    /** The National Public Service Portal's status code (TrangThaiHoSo, 1–10). */
    public int nationalCode() {
        return nationalCode;
    }

    /** Whether the dossier has been received (it has a code). */
    public boolean isReceived() {
        return this != SUBMITTED && this != AWAITING_COMPLETION && this != NOT_ACCEPTED;
    }

    /** Whether nothing more can happen to it. */
    public boolean isFinal() {
        return DossierLifecycle.from(this).isEmpty();
    }

    /**
     * The key of its name in the message bundles ({@code dossier.status.<NAME>}, i18n/dossier*.properties): the
     * official name of its national status, except {@link #AWAITING_COMPLETION}, which has a name of its own.
     * These keys are the one source of the national status names ({@link #namingNationalCode}); the table
     * {@code ref_national_dossier_status} holds the same names for SQL only.
     */
    public String messageKey() {
        return "dossier.status." + name();
    }

    /**
     * The state whose name is the national status's name: the one state of each code, and for code 5
     * {@link #WAITING_FOR_SUPPLEMENT} ("Yêu cầu bổ sung giấy tờ").
     *
     * @throws IllegalArgumentException for a code outside 1–10
     */
    public static DossierStatus namingNationalCode(int nationalCode) {
        for (DossierStatus status : values()) {
            if (status.nationalCode == nationalCode && status != AWAITING_COMPLETION) {
                return status;
            }
        }
        throw new IllegalArgumentException("no national status " + nationalCode);
    }
}
