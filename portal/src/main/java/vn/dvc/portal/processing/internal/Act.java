package vn.dvc.portal.processing.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.dvc.portal.platform.RefusedInput;

/**
 * What an officer (or the applicant) asks the runtime to do with a dossier; {@link CaseActions} carries it out on
 * the {@link ProcessingCase}. The rules of what they write with it are here ({@link #text}, {@link #assignee}).
 */
public sealed interface Act {

    /** A note or reason: trimmed, at most 2,000 characters; {@code required} refuses an empty one. */
    static String text(@Nullable String value, boolean required) {
        String clean = value == null ? "" : value.strip();
        if (required && clean.isEmpty()) {
            throw RefusedInput.of("reason", "processing.error.reasonRequired");
        }
        if (clean.length() > 2000) {
            throw RefusedInput.of("reason", "processing.error.reasonTooLong");
        }
        return clean;
    }

    /** An officer's user name to assign a step to, or null (blank: the unit's pool). */
    static @Nullable String assignee(@Nullable String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String clean = name.strip();
        if (!clean.matches("[A-Za-z0-9._@-]{2,100}")) {
            throw RefusedInput.of("assignee", "processing.error.assignee");
        }
        return clean;
    }

    /** A file handed in with an action: a result (PDF) or a supplemented document. */
    record Upload(String fileName, String mediaType, byte[] content) {
    }

    /** Chuyển bước tiếp theo, optionally to a named officer. */
    record Forward(String comment, @Nullable String assignee) implements Act {
    }

    /** Trả lại bước trước, with the reason. */
    record ReturnToPrevious(String reason) implements Act {
    }

    /** Yêu cầu bổ sung (Form 02): the clock pauses. */
    record RequestSupplement(String reason, List<String> items) implements Act {
    }

    /** The applicant supplemented (online or at the desk): the clock resumes. */
    record ProvideSupplement(String note, List<Upload> files) implements Act {
    }

    /** Từ chối giải quyết after appraisal, with the legal reason. */
    record Refuse(String reason) implements Act {
    }

    /** Phê duyệt / ký duyệt: the result (PDF) is attached where the next step returns it. */
    record Approve(String comment, @Nullable Upload result) implements Act {
    }

    /** Chuyển liên thông to another agency, which returns it when its part is done. */
    record Transfer(String agencyCode, String reason) implements Act {
    }

    /** Trả kết quả: at the desk, by post or online. */
    record ReturnResult(String method, String note) implements Act {
    }

    /** Thư xin lỗi và hẹn lại (Form 04): once, at least one working day before the appointment. */
    record Apologise(String reason, int extraWorkingDays, String causingAgency) implements Act {
    }

    /** Rút hồ sơ at the applicant's request. */
    record Withdraw(String reason) implements Act {
    }

    /** Dừng xử lý, with reasons. */
    record Stop(String reason) implements Act {
    }

    /** Phân công: the open step to a named officer, or back to the unit's pool (null). */
    record Assign(@Nullable String assignee) implements Act {
    }
}
