package vn.dvc.portal.catalog.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import vn.dvc.portal.calendar.Allowance;
import vn.dvc.portal.calendar.DurationUnit;
import vn.dvc.portal.catalog.Agency;
import vn.dvc.portal.catalog.OnlineLevel;
import vn.dvc.portal.catalog.Procedure;
import vn.dvc.portal.catalog.Procedure.AgencyRole;
import vn.dvc.portal.catalog.Procedure.Channel;
import vn.dvc.portal.catalog.Procedure.Component;
import vn.dvc.portal.catalog.Procedure.Fee;
import vn.dvc.portal.catalog.Procedure.ProcedureCase;
import vn.dvc.portal.catalog.Procedure.SubmissionWay;
import vn.dvc.portal.catalog.Procedure.TemplateForm;
import vn.dvc.portal.platform.AssuranceLevel;
import vn.dvc.portal.platform.FileNames;
import vn.dvc.portal.platform.FormError;
import vn.dvc.portal.platform.RefusedInput;

/**
 * Turns one national {@code LayThuTuc} record (plus the optional {@code _local} object) into a procedure,
 * applying the mapping rules of {@code docs/catalog.md}. It writes nothing: a record breaking a rule throws
 * {@link RefusedInput} with every reason found.
 */
@org.springframework.stereotype.Component
class NationalRecordMapper {

    static final Pattern CODE = Pattern.compile("^[0-9]\\.[0-9]{6}$");
    private static final Pattern WHOLE = Pattern.compile("^[0-9]{1,6}$");
    private static final Pattern AMOUNT = Pattern.compile("^[0-9]{1,3}([.,  ]?[0-9]{3})*$");
    private static final Pattern FIELD_NAME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9]{0,59}$");
    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");
    static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
    static final Set<String> DEFAULT_MEDIA_TYPES = Set.of("application/pdf", "image/jpeg", "image/png");

    private final SectorStore sectors;
    private final AgencyStore agencies;

    NationalRecordMapper(SectorStore sectors, AgencyStore agencies) {
        this.sectors = sectors;
        this.agencies = agencies;
    }

    MappedRecord map(JsonNode json, FormFiles files) {
        if (!json.isObject()) {
            throw new RefusedInput(List.of(FormError.of("", "catalog.import.reason.notObject")));
        }
        NationalNode record = NationalNode.root(json);
        List<FormError> errors = record.errors();
        String code = record.text("MATTHC");
        if (!CODE.matcher(code).matches()) {
            record.reject("MATTHC", "catalog.import.reason.code", code);
        }
        String name = record.text("TENTTHC");
        if (name.isEmpty()) {
            record.reject("TENTTHC", "catalog.import.reason.required");
        }
        SectorStore.SectorField field = field(record);
        NationalNode local = record.object("_local");
        List<String> levels = record.texts("CAPTHUCHIEN", "TENCAP");
        List<AgencyRole> roles = agencyRoles(record, local);
        OnlineLevel online = onlineLevel(record, local);
        List<SubmissionWay> ways = ways(record);
        Set<String> optional = local == null ? Set.of() : new LinkedHashSet<>(local.texts("optionalComponents", ""));
        List<MappedRecord.PendingForm> forms = new ArrayList<>();
        List<ProcedureCase> cases = cases(record, name, ways, optional, files, forms);
        List<Procedure.LegalDocument> legal = legalBasis(record);
        Procedure.PublishingDecision decision = decision(record);
        LocalTime cutoff = local == null ? null : cutoff(local);
        AssuranceLevel assurance = local == null ? AssuranceLevel.SELF_DECLARED : assurance(local);
        List<Procedure.FormField> formFields = local == null ? List.of() : formFields(local);
        if (!errors.isEmpty() || field == null) {
            throw new RefusedInput(errors);
        }
        Procedure procedure = new Procedure(code, 0, name, field.sector(), field.field(), levels, roles, online,
                cases, record.texts("DOITUONGTHUCHIEN", "TENDOITUONG"), record.texts("KETQUATHUCHIEN", "TENKETQUA"),
                record.text("YEUCAU"), legal, decision, record.text("DIACHITIEPNHAN"), cutoff, assurance,
                formFields, Procedure.Status.DRAFT);
        return new MappedRecord(procedure, forms, record.text("TUKHOA") + " " + record.text("MOTA"));
    }

    private SectorStore.@Nullable SectorField field(NationalNode record) {
        List<NationalNode> fields = record.list("LINHVUCTHUCHIEN");
        if (fields.isEmpty()) {
            record.reject("LINHVUCTHUCHIEN", "catalog.import.reason.atLeastOne");
            return null;
        }
        String fieldCode = fields.getFirst().text("MALINHVUC");
        Optional<SectorStore.SectorField> known = fieldCode.isEmpty() ? Optional.empty() : sectors.field(fieldCode);
        if (known.isEmpty()) {
            fields.getFirst().reject("MALINHVUC", "catalog.import.reason.field", fieldCode);
            return null;
        }
        return known.get();
    }

    private List<AgencyRole> agencyRoles(NationalNode record, @Nullable NationalNode local) {
        NationalNode codes = local == null ? null : local.object("agencies");
        List<AgencyRole> roles = new ArrayList<>();
        Map<AgencyRole.Kind, String> keys = new LinkedHashMap<>();
        keys.put(AgencyRole.Kind.IMPLEMENTING, "COQUANTHUCHIEN");
        keys.put(AgencyRole.Kind.COMPETENT, "COQUANCOTHAMQUYEN");
        keys.put(AgencyRole.Kind.AUTHORISED, "COQUANDUOCUYQUYEN");
        keys.put(AgencyRole.Kind.COORDINATING, "COQUANPHOIHOP");
        keys.forEach((kind, key) -> {
            List<String> names = record.texts(key, "TENDONVI");
            List<String> ours = codes == null ? List.of() : codes.texts(kind.name(), "");
            for (int i = 0; i < Math.max(names.size(), ours.size()); i++) {
                String agencyCode = i < ours.size() ? ours.get(i).toUpperCase(Locale.ROOT) : null;
                Optional<Agency> agency = agencyCode == null ? Optional.empty() : agencies.find(agencyCode);
                if (agencyCode != null && agency.isEmpty()) {
                    codes.reject(kind.name() + "[" + i + "]", "catalog.import.reason.agency", agencyCode);
                    continue;
                }
                String name = i < names.size() ? names.get(i) : agency.map(Agency::name).orElse("");
                roles.add(new AgencyRole(kind, agencyCode, name));
            }
        });
        return roles;
    }

    private static OnlineLevel onlineLevel(NationalNode record, @Nullable NationalNode local) {
        String level = local == null ? "" : local.text("onlineLevel");
        if (!level.isEmpty()) {
            try {
                return OnlineLevel.valueOf(level);
            } catch (IllegalArgumentException e) {
                local.reject("onlineLevel", "catalog.import.reason.onlineLevel", level);
                return OnlineLevel.NONE;
            }
        }
        return switch (record.text("MUCDO")) {
            case "4" -> OnlineLevel.FULL;
            case "3" -> OnlineLevel.PARTIAL;
            case "", "1", "2" -> OnlineLevel.NONE;
            default -> {
                record.reject("MUCDO", "catalog.import.reason.onlineLevel", record.text("MUCDO"));
                yield OnlineLevel.NONE;
            }
        };
    }

    private static List<SubmissionWay> ways(NationalNode record) {
        List<NationalNode> channels = record.list("CACHTHUCTHUCHIEN");
        if (channels.isEmpty()) {
            record.reject("CACHTHUCTHUCHIEN", "catalog.import.reason.atLeastOne");
        }
        List<SubmissionWay> ways = new ArrayList<>();
        Set<Channel> seen = new LinkedHashSet<>();
        for (NationalNode item : channels) {
            Channel channel = switch (item.text("KENH")) {
                case "1" -> Channel.IN_PERSON;
                case "2" -> Channel.ONLINE;
                case "3" -> Channel.POSTAL;
                default -> null;
            };
            if (channel == null) {
                item.reject("KENH", "catalog.import.reason.channel", item.text("KENH"));
                continue;
            }
            if (!seen.add(channel)) {
                item.reject("KENH", "catalog.import.reason.channelRepeated", item.text("KENH"));
                continue;
            }
            List<NationalNode> times = item.list("THOIGIAN");
            if (times.isEmpty()) {
                item.reject("THOIGIAN", "catalog.import.reason.atLeastOne");
                continue;
            }
            NationalNode time = times.getFirst();
            Allowance limit = timeLimit(time);
            List<Fee> fees = new ArrayList<>();
            for (NationalNode t : times) {
                for (NationalNode fee : t.list("PHILEPHI")) {
                    Fee parsed = fee(fee, fees.size() + 1);
                    if (parsed != null && !fees.contains(parsed)) {
                        fees.add(parsed);
                    }
                }
            }
            if (limit != null) {
                String description = time.text("MOTA");
                ways.add(new SubmissionWay(channel, limit, description.isEmpty() ? limit.toString() : description,
                        fees));
            }
        }
        return ways;
    }

    private static @Nullable Allowance timeLimit(NationalNode time) {
        String amount = time.text("THOIGIANGIAIQUYET");
        String unitText = time.text("DONVITINH");
        DurationUnit unit = switch (unitText.toLowerCase(Locale.ROOT)) {
            case "ngày làm việc" -> DurationUnit.WORKING_DAYS;
            case "ngày" -> DurationUnit.CALENDAR_DAYS;
            case "giờ", "giờ làm việc" -> DurationUnit.WORKING_HOURS;
            default -> null;
        };
        if (unit == null) {
            time.reject("DONVITINH", "catalog.import.reason.unit", unitText);
        }
        if (!WHOLE.matcher(amount).matches()) {
            time.reject("THOIGIANGIAIQUYET", "catalog.import.reason.amount", amount);
            return null;
        }
        if (unit == null) {
            return null;
        }
        try {
            return new Allowance(Integer.parseInt(amount), unit);
        } catch (RefusedInput e) {
            time.reject("THOIGIANGIAIQUYET", "catalog.import.reason.amount", amount);
            return null;
        }
    }

    private static @Nullable Fee fee(NationalNode fee, int position) {
        String amount = fee.text("SOTIEN");
        long vnd = 0;
        if (!amount.isEmpty()) {
            if (!AMOUNT.matcher(amount).matches()) {
                fee.reject("SOTIEN", "catalog.import.reason.fee", amount);
                return null;
            }
            vnd = Long.parseLong(amount.replaceAll("[^0-9]", ""));
        }
        String code = fee.text("MAPHILEPHI");
        return new Fee(code.isEmpty() ? "PHI" + position : code, fee.text("MOTA"), vnd);
    }

    private List<ProcedureCase> cases(NationalNode record, String procedureName, List<SubmissionWay> ways,
            Set<String> optional, FormFiles files, List<MappedRecord.PendingForm> forms) {
        List<NationalNode> stepGroups = record.list("TRINHTUTHUCHIEN");
        List<NationalNode> componentGroups = record.list("THANHPHANHOSO");
        Set<String> caseNames = new LinkedHashSet<>();
        stepGroups.forEach(g -> addIfPresent(caseNames, g.text("TRUONGHOP")));
        componentGroups.forEach(g -> addIfPresent(caseNames, g.text("TRUONGHOP")));
        // components by group, coded by position within the procedure when MAGIAYTO is missing
        Map<NationalNode, List<Component>> componentsOf = new LinkedHashMap<>();
        int position = 0;
        Set<String> seenCodes = new LinkedHashSet<>();
        for (NationalNode group : componentGroups) {
            List<Component> components = new ArrayList<>();
            for (NationalNode paper : group.list("GIAYTO")) {
                position++;
                Component component = component(paper, position, optional, files, forms);
                if (component != null) {
                    components.add(component);
                    seenCodes.add(component.code());
                }
            }
            componentsOf.put(group, components);
        }
        if (position == 0) {
            record.reject("THANHPHANHOSO", "catalog.import.reason.noComponent");
        }
        optional.stream().filter(Predicate.not(seenCodes::contains)).forEach(unknown ->
                record.reject("_local.optionalComponents", "catalog.import.reason.optionalUnknown", unknown));
        List<String> names = caseNames.isEmpty() ? List.of("") : List.copyOf(caseNames);
        List<ProcedureCase> cases = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String caseName = names.get(i);
            Predicate<NationalNode> applies = g -> g.text("TRUONGHOP").isEmpty() || g.text("TRUONGHOP").equals(caseName);
            List<String> steps = new ArrayList<>();
            stepGroups.stream().filter(applies).forEach(g -> steps.addAll(g.texts("TRINHTU", "TENTRINHTU")));
            List<Component> components = new ArrayList<>();
            componentGroups.stream().filter(applies).forEach(g -> componentsOf.get(g).forEach(c -> {
                if (components.stream().anyMatch(other -> other.code().equals(c.code()))) {
                    g.reject("GIAYTO", "catalog.import.reason.componentRepeated", c.code());
                } else {
                    components.add(c);
                }
            }));
            cases.add(new ProcedureCase("TH" + (i + 1), caseName.isEmpty() ? procedureName : caseName, steps, ways,
                    components));
        }
        return cases;
    }

    private static void addIfPresent(Set<String> names, String name) {
        if (!name.isEmpty()) {
            names.add(name);
        }
    }

    private static @Nullable Component component(NationalNode paper, int position, Set<String> optional,
            FormFiles files, List<MappedRecord.PendingForm> forms) {
        String name = paper.text("TENGIAYTO");
        if (name.isEmpty()) {
            paper.reject("TENGIAYTO", "catalog.import.reason.required");
        }
        String code = paper.text("MAGIAYTO");
        code = code.isEmpty() ? "TP" + position : code;
        int originals = count(paper, "SOBANCHINH");
        int copies = count(paper, "SOBANSAO");
        TemplateForm template = template(paper, name, files, forms);
        return name.isEmpty() ? null : new Component(code, name, originals, copies, !optional.contains(code),
                template, DEFAULT_MAX_BYTES, DEFAULT_MEDIA_TYPES);
    }

    private static int count(NationalNode paper, String key) {
        String text = paper.text(key);
        if (text.isEmpty()) {
            return 0;
        }
        if (!WHOLE.matcher(text).matches() || Integer.parseInt(text) > 100) {
            paper.reject(key, "catalog.import.reason.count", text);
            return 0;
        }
        return Integer.parseInt(text);
    }

    private static @Nullable TemplateForm template(NationalNode paper, String componentName, FormFiles files,
            List<MappedRecord.PendingForm> forms) {
        String url = paper.text("URL");
        if (url.isEmpty()) {
            return null;
        }
        String formName = paper.text("TENMAUDON").isEmpty() ? componentName : paper.text("TENMAUDON");
        String fileName = url.substring(url.lastIndexOf('/') + 1);
        if (url.startsWith("https://") || url.startsWith("http://")) {
            return new TemplateForm(id("url", url, formName), formName,
                    fileName.isEmpty() ? "mau-don" : FileNames.clean(fileName, FormMediaTypes.of(fileName)),
                    FormMediaTypes.of(fileName), url);
        }
        if (url.contains("..") || url.startsWith("/") || url.contains("\\") || url.contains(":")
                || fileName.isEmpty()) {
            paper.reject("URL", "catalog.import.reason.formPath", url);
            return null;
        }
        Optional<byte[]> content = files.read(url);
        if (content.isEmpty()) {
            paper.reject("URL", "catalog.import.reason.formMissing", url);
            return null;
        }
        TemplateForm form = new TemplateForm(id(fileName, sha256(content.get()), formName), formName,
                FileNames.clean(fileName, FormMediaTypes.of(fileName)), FormMediaTypes.of(fileName));
        forms.add(new MappedRecord.PendingForm(form, content.get()));
        return form;
    }

    private static List<Procedure.LegalDocument> legalBasis(NationalNode record) {
        List<Procedure.LegalDocument> documents = new ArrayList<>();
        for (NationalNode item : record.list("CANCUPHAPLY")) {
            String number = item.text("SOVANBAN");
            if (number.isEmpty()) {
                item.reject("SOVANBAN", "catalog.import.reason.required");
                continue;
            }
            String title = item.text("TENVANBAN").isEmpty() ? item.text("TRICHYEU") : item.text("TENVANBAN");
            documents.add(new Procedure.LegalDocument(number, title, date(item, "NGAYBANHANH"),
                    item.text("COQUANBANHANH")));
        }
        return documents;
    }

    private static Procedure.@Nullable PublishingDecision decision(NationalNode record) {
        String number = record.text("SOQUYETDINH");
        LocalDate date = date(record, "NGAYQUYETDINH");
        if (number.isEmpty()) {
            return null;
        }
        if (date == null) {
            if (record.text("NGAYQUYETDINH").isEmpty()) {
                record.reject("NGAYQUYETDINH", "catalog.import.reason.required");
            }
            return null;
        }
        return new Procedure.PublishingDecision(number, date, record.text("COQUANQUYETDINH"));
    }

    private static @Nullable LocalDate date(NationalNode node, String key) {
        String text = node.text(key);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return text.contains("/") ? LocalDate.parse(text, VIETNAMESE_DATE)
                    : LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            node.reject(key, "catalog.import.reason.date", text);
            return null;
        }
    }

    private static @Nullable LocalTime cutoff(NationalNode local) {
        String text = local.text("cutoff");
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            local.reject("cutoff", "catalog.import.reason.cutoff", text);
            return null;
        }
    }

    private static AssuranceLevel assurance(NationalNode local) {
        String text = local.text("requiredAssurance");
        if (text.isEmpty()) {
            return AssuranceLevel.SELF_DECLARED;
        }
        try {
            return AssuranceLevel.valueOf(text);
        } catch (IllegalArgumentException e) {
            local.reject("requiredAssurance", "catalog.import.reason.assurance", text);
            return AssuranceLevel.SELF_DECLARED;
        }
    }

    private static List<Procedure.FormField> formFields(NationalNode local) {
        List<Procedure.FormField> fields = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (NationalNode item : local.list("formFields")) {
            String name = item.text("name");
            if (!FIELD_NAME.matcher(name).matches() || !names.add(name)) {
                item.reject("name", "catalog.import.reason.formFieldName", name);
            }
            String label = item.text("label");
            if (label.isEmpty()) {
                item.reject("label", "catalog.import.reason.required");
            }
            Procedure.FieldType type = enumOf(Procedure.FieldType.class, item, "type", true);
            Procedure.ProfileField prefill = enumOf(Procedure.ProfileField.class, item, "prefill", false);
            Integer maxLength = null;
            if (item.has("maxLength")) {
                String text = item.text("maxLength");
                if (!WHOLE.matcher(text).matches() || Integer.parseInt(text) == 0) {
                    item.reject("maxLength", "catalog.import.reason.count", text);
                } else {
                    maxLength = Integer.parseInt(text);
                }
            }
            List<String> options = item.texts("options", "");
            if (type == Procedure.FieldType.SELECT && options.isEmpty()) {
                item.reject("options", "catalog.import.reason.atLeastOne");
            }
            if (type != null) {
                fields.add(new Procedure.FormField(name, label, type, "true".equals(item.text("required")),
                        maxLength, options, prefill, item.text("hint")));
            }
        }
        return fields;
    }

    private static <E extends Enum<E>> @Nullable E enumOf(Class<E> type, NationalNode item, String key,
            boolean required) {
        String text = item.text(key);
        if (text.isEmpty()) {
            if (required) {
                item.reject(key, "catalog.import.reason.required");
            }
            return null;
        }
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            item.reject(key, "catalog.import.reason.value", text);
            return null;
        }
    }

    /** 32 hex characters naming a form by what makes it: stable across imports of the same content. */
    static String id(String... parts) {
        return sha256(String.join("\n", parts).getBytes(StandardCharsets.UTF_8)).substring(0, 32);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
