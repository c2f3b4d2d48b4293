package vn.dvc.portal.integration.internal.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The percentages of the monthly ratings summary (DongBoDanhGia, INT-1): whole numbers written "x%" that always add
 * up to 100 % (largest remainder), and the retry back-off.
 */
class RatingsPercentagesTest {

    @Test
    void percentagesAreWholeAndAddUpToAHundred() {
        assertThat(RatingsSummary.percentages(2, 1, 0)).containsExactly("67%", "33%", "0%");
        assertThat(RatingsSummary.percentages(1, 1, 1)).containsExactly("34%", "33%", "33%");
        assertThat(RatingsSummary.percentages(0, 0, 7)).containsExactly("0%", "0%", "100%");
        assertThat(RatingsSummary.percentages(1, 5, 1)).containsExactly("14%", "72%", "14%");
        assertThat(RatingsSummary.percentages(0, 0, 0)).containsExactly("0%", "0%", "0%");
        for (int a = 0; a < 12; a++) {
            for (int b = 0; b < 12; b++) {
                for (int c = 1; c < 12; c++) {
                    int sum = RatingsSummary.percentages(a, b, c).stream()
                            .mapToInt(p -> Integer.parseInt(p.substring(0, p.length() - 1))).sum();
                    assertThat(sum).as("%d %d %d", a, b, c).isEqualTo(100);
                }
            }
        }
    }

    @Test
    void theBackOffGrowsThenStaysAtThreeHours() {
        assertThat(Backoff.after(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(Backoff.after(3)).isEqualTo(Duration.ofMinutes(5));
        assertThat(Backoff.after(6)).isEqualTo(Duration.ofHours(1));
        assertThat(Backoff.after(7)).isEqualTo(Duration.ofHours(3));
        assertThat(Backoff.after(500)).isEqualTo(Duration.ofHours(3));
    }
}
