package vn.dvc.portal.processing.internal;

import java.util.List;
import java.util.Map;
import vn.dvc.portal.identity.Role;
import vn.dvc.portal.processing.ProcessStep;
import vn.dvc.portal.processing.StepAction;

/** A definition's steps as a Mermaid flowchart (for {@code docs/processing.md}), Vietnamese labels. */
final class MermaidDiagram {

    private static final Map<Role, String> ROLES = Map.of(Role.DESK, "Bộ phận Một cửa", Role.SPECIALIST,
            "Chuyên viên", Role.LEADER, "Lãnh đạo", Role.CENTRE, "Trung tâm PVHCC");
    private static final Map<String, String> UNITS = Map.of("WORKING_HOURS", "giờ làm việc", "WORKING_DAYS",
            "ngày làm việc");

    private MermaidDiagram() {
    }

    static String of(List<ProcessStep> steps) {
        StringBuilder out = new StringBuilder("flowchart TD\n");
        for (int i = 0; i < steps.size(); i++) {
            ProcessStep step = steps.get(i);
            out.append("  s").append(i + 1).append("[\"").append(i + 1).append(". ")
                    .append(step.name().replace("\"", "'")).append("<br/>").append(ROLES.get(step.role()))
                    .append(step.unitCode() == null ? "" : " (" + step.unitCode() + ")").append(" · ")
                    .append(step.allotment().toPlainString()).append(' ').append(UNITS.get(step.unit().name()))
                    .append("\"]\n");
        }
        for (int i = 0; i < steps.size(); i++) {
            String id = "s" + (i + 1);
            List<StepAction> actions = steps.get(i).actions();
            if (actions.contains(StepAction.FORWARD)) {
                out.append("  ").append(id).append(" -->|chuyển| s").append(i + 2).append('\n');
            }
            if (actions.contains(StepAction.RETURN_TO_PREVIOUS)) {
                out.append("  ").append(id).append(" -.->|trả lại| s").append(i).append('\n');
            }
            if (actions.contains(StepAction.REQUEST_SUPPLEMENT)) {
                out.append("  ").append(id).append(" -.->|yêu cầu bổ sung| supplement([Chờ bổ sung])\n");
            }
            if (actions.contains(StepAction.REFUSE)) {
                out.append("  ").append(id).append(" -.->|từ chối| refused([Từ chối giải quyết])\n");
            }
            if (actions.contains(StepAction.TRANSFER)) {
                out.append("  ").append(id).append(" -.->|liên thông| transfer([Cơ quan phối hợp])\n");
            }
            if (actions.contains(StepAction.RETURN_RESULT)) {
                out.append("  ").append(id).append(" -->|trả kết quả| done([Đã trả kết quả])\n");
            }
        }
        return out.toString();
    }
}
