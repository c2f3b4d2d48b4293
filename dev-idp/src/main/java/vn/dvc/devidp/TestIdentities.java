package vn.dvc.devidp;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fixed test identities. The people are fictitious; their citizen ID numbers follow the structure of
 * the CCCD number (province of birth registration, century/sex digit, year of birth, 6 digits).
 */
public final class TestIdentities {

    /** All identities, in the order the sign-in page lists them. */
    public static final List<TestIdentity> ALL = List.of(
            new TestIdentity("cong.dan.muc1", "3f6c1a52-8d0e-4b7a-9c51-0e2a7d4b9f11", "Phạm Thị Thu", "Trang",
                    "female", LocalDate.of(1995, 8, 21), "015195003782", "+84912345678",
                    "thutrang.pham@example.com", AssuranceLevel.LOA1),
            new TestIdentity("cong.dan.muc2", "a8e2d4c7-15b3-4f60-8a9d-6c7b2e31f0a4", "Trần Văn", "Minh",
                    "male", LocalDate.of(1985, 11, 3), "001085012345", "+84983456789",
                    "tranvanminh85@example.com", AssuranceLevel.LOA2),
            // The same person as the portal's demo account demo.citizen (same CCCD and date of birth), so that
            // linking a national identity to an existing account can be tried.
            new TestIdentity("cong.dan.nhung", "c1b09e73-4a5d-4e28-b6f2-9d83a1e5c702", "Nguyễn Thị Hồng", "Nhung",
                    "female", LocalDate.of(1990, 5, 12), "015190001234", "+84987000001",
                    "demo.citizen@example.com", AssuranceLevel.LOA2));

    private static final Map<String, TestIdentity> BY_USERNAME = new LinkedHashMap<>();

    static {
        ALL.forEach(identity -> BY_USERNAME.put(identity.username(), identity));
    }

    private TestIdentities() {
    }

    public static Optional<TestIdentity> byUsername(String username) {
        return Optional.ofNullable(username).map(BY_USERNAME::get);
    }
}
