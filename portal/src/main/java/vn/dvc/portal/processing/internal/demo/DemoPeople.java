package vn.dvc.portal.processing.internal.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import vn.dvc.portal.dossier.DossierIntake;

/**
 * Applicants of the demo dossiers: Vietnamese names, addresses in Yên Bái, phones and valid-looking citizen ID
 * numbers (province code 015, Yên Bái) and tax codes, drawn from a seeded {@link Random} so that the same dossier
 * number always gets the same person.
 */
final class DemoPeople {

    private static final List<String> FAMILY = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi",
            "Đỗ", "Hà", "Lò", "Nông", "Triệu", "Giàng", "Lường", "Đinh", "Lý", "Sầm", "Hứa", "Mai");
    private static final List<String> MIDDLE_MALE = List.of("Văn", "Đức", "Minh", "Quang", "Xuân", "Hữu", "Công", "Thành");
    private static final List<String> MIDDLE_FEMALE = List.of("Thị", "Thị Thu", "Thị Hồng", "Ngọc", "Thị Minh", "Thu", "Thị Thanh");
    private static final List<String> GIVEN_MALE = List.of("Hùng", "Dũng", "Tuấn", "Thắng", "Long", "Sơn", "Hải", "Cường",
            "Khánh", "Phúc", "Nam", "Trung", "Quyết", "Tiến", "Bình", "Lâm", "Sáng", "Chiến", "A Páo", "Vàng");
    private static final List<String> GIVEN_FEMALE = List.of("Lan", "Hương", "Mai", "Hà", "Ngọc", "Thảo", "Trang", "Hạnh",
            "Yến", "Nhung", "Dung", "Phương", "Linh", "Huyền", "Loan", "Xuân", "Mỷ", "Sua");
    private static final List<String> STREETS = List.of("đường Nguyễn Thái Học", "đường Trần Hưng Đạo",
            "đường Điện Biên", "đường Đinh Tiên Hoàng", "đường Yên Ninh", "đường Lê Hồng Phong", "đường Hòa Bình",
            "đường Kim Đồng", "đường Nguyễn Tất Thành", "đường Thanh Niên");
    private static final List<String> PLACES = List.of(
            "phường Nguyễn Thái Học, thành phố Yên Bái", "phường Đồng Tâm, thành phố Yên Bái",
            "phường Yên Ninh, thành phố Yên Bái", "phường Minh Tân, thành phố Yên Bái",
            "phường Hợp Minh, thành phố Yên Bái", "xã Tuy Lộc, thành phố Yên Bái",
            "thị trấn Yên Thế, huyện Lục Yên", "xã Minh Xuân, huyện Lục Yên", "thị trấn Cổ Phúc, huyện Trấn Yên",
            "xã Việt Thành, huyện Trấn Yên", "phường Pú Trạng, thị xã Nghĩa Lộ", "xã Nghĩa An, thị xã Nghĩa Lộ",
            "thị trấn Mù Cang Chải, huyện Mù Cang Chải", "thị trấn Trạm Tấu, huyện Trạm Tấu",
            "thị trấn Mậu A, huyện Văn Yên", "xã An Thịnh, huyện Văn Yên", "thị trấn Yên Bình, huyện Yên Bình",
            "xã Phú Thịnh, huyện Yên Bình", "thị trấn Sơn Thịnh, huyện Văn Chấn");
    private static final List<String> BUSINESSES = List.of("Công ty TNHH Thương mại Hoàng Liên", "Công ty cổ phần Quế Văn Yên",
            "Hợp tác xã Chè Shan tuyết Suối Giàng", "Công ty TNHH Xây dựng Đông Tâm", "Công ty TNHH Du lịch Tú Lệ",
            "Công ty cổ phần Đá quý Lục Yên", "Hộ kinh doanh Tạp hóa Minh Phương", "Công ty TNHH Vận tải Thác Bà",
            "Công ty TNHH Gỗ rừng trồng Trấn Yên", "Công ty cổ phần Nông sản Mường Lò");
    private static final int[] TAX_WEIGHTS = {31, 29, 23, 19, 17, 13, 7, 5, 3};

    private DemoPeople() {
    }

    /** A person (or, now and then, an organisation) with all the details the desk records. */
    static DossierIntake.Applicant applicant(Random random, boolean organisation) {
        String address = address(random);
        String phone = phone(random);
        if (organisation) {
            String name = pick(random, BUSINESSES);
            return new DossierIntake.Applicant(true, name, taxCode(random), address, phone, "", person(random), phone);
        }
        String name = person(random);
        return new DossierIntake.Applicant(false, name, citizenId(random, birthDate(random)), address, phone,
                random.nextInt(3) == 0 ? email(random) : "", null, null);
    }

    static String person(Random random) {
        boolean female = random.nextBoolean();
        return pick(random, FAMILY) + " " + pick(random, female ? MIDDLE_FEMALE : MIDDLE_MALE) + " "
                + pick(random, female ? GIVEN_FEMALE : GIVEN_MALE);
    }

    static String address(Random random) {
        return (random.nextInt(4) == 0 ? "Tổ " + (1 + random.nextInt(30)) + ", "
                : "Số " + (1 + random.nextInt(250)) + " " + pick(random, STREETS) + ", ")
                + pick(random, PLACES) + ", tỉnh Yên Bái";
    }

    static String phone(Random random) {
        String[] prefixes = {"098", "097", "096", "086", "091", "094", "088", "083", "035", "033"};
        return prefixes[random.nextInt(prefixes.length)] + String.format("%07d", random.nextInt(10_000_000));
    }

    static LocalDate birthDate(Random random) {
        return LocalDate.of(1950 + random.nextInt(55), 1 + random.nextInt(12), 1 + random.nextInt(28));
    }

    /** 015 (Yên Bái), the century-and-sex digit, the year of birth and six digits. */
    static String citizenId(Random random, LocalDate born) {
        int century = born.getYear() >= 2000 ? 2 : 0;
        return "015" + (century + random.nextInt(2)) + String.format("%02d", born.getYear() % 100)
                + String.format("%06d", random.nextInt(1_000_000));
    }

    /** A tax code of Yên Bái (52…) with its check digit. */
    static String taxCode(Random random) {
        while (true) {
            String nine = "52" + String.format("%07d", random.nextInt(10_000_000));
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += TAX_WEIGHTS[i] * (nine.charAt(i) - '0');
            }
            int check = 10 - sum % 11;
            if (check < 10) {
                return nine + check;
            }
        }
    }

    private static String email(Random random) {
        return "nguoidan" + (100 + random.nextInt(900)) + "@example.com";
    }

    static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
