package vn.dvc.portal.processing;

/** What an officer may do at a step of a process (the runtime offers only the actions the step allows). */
public enum StepAction {
    /** Chuyển bước tiếp theo. */
    FORWARD,
    /** Trả lại bước trước. */
    RETURN_TO_PREVIOUS,
    /** Yêu cầu bổ sung hồ sơ (Mẫu 02; the clock pauses). */
    REQUEST_SUPPLEMENT,
    /** Từ chối giải quyết (with reasons). */
    REFUSE,
    /** Phê duyệt. */
    APPROVE,
    /** Ký duyệt kết quả. */
    SIGN,
    /** Chuyển liên thông sang cơ quan khác (DOS-7). */
    TRANSFER,
    /** Trả kết quả cho người nộp. */
    RETURN_RESULT
}
