package vn.dvc.portal.calendar;

import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Property-based testing without a framework: a property is checked on many random cases drawn from a
 * seeded generator, so a failure names its seed and case and can be replayed exactly
 * ({@code -Ddvc.trials.seed=<seed>}).
 */
final class Trials {

    static final long SEED = Long.getLong("dvc.trials.seed", 20261128L);

    private Trials() {
    }

    static void run(int tries, Consumer<SplittableRandom> property) {
        SplittableRandom seeds = new SplittableRandom(SEED);
        for (int trial = 0; trial < tries; trial++) {
            long seed = seeds.nextLong();
            try {
                property.accept(new SplittableRandom(seed));
            } catch (AssertionError | RuntimeException failure) {
                throw new AssertionError("property failed on trial " + trial + " (case seed " + seed
                        + ", run seed " + SEED + "): " + failure.getMessage(), failure);
            }
        }
    }
}
