package vn.dvc.portal.processing.internal.demo;

import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import vn.dvc.portal.dossier.Channel;

/**
 * What happens to one demo dossier: its natural key ({@code demo-0042}), its fate, channel and owner, drawn from a
 * {@link Random} seeded with its number, so that a scenario is the same on every run.
 *
 * @param key     the natural key
 * @param seed    the seed of the dossier's own random choices (people, times)
 * @param fate    what the dossier goes through
 * @param channel how it is submitted
 * @param owner   the demo applicant account that submits it online, null for the desk's
 */
record DemoScenario(String key, long seed, Fate fate, Channel channel, @Nullable String owner) {

    /** The fates, with their weights out of 1,000. */
    enum Fate {
        EARLY(230), ON_TIME(250), LATE(80), SUPPLEMENTED(60), APOLOGISED(30), TRANSFERRED(30),
        RESULT_READY(35), IN_PROCESSING(65), OVERDUE(40), DUE_SOON(40), WAITING_FOR_SUPPLEMENT(30),
        REFUSED_AT_DESK(25), REFUSED_IN_PROCESSING(20), WITHDRAWN(20), STOPPED(15), WAITING_AT_DESK(5),
        AWAITING_COMPLETION(5);

        final int weight;

        Fate(int weight) {
            this.weight = weight;
        }

        /** Whether the dossier was received long enough ago to have finished. */
        boolean finished() {
            return switch (this) {
                case EARLY, ON_TIME, LATE, SUPPLEMENTED, APOLOGISED, TRANSFERRED, REFUSED_AT_DESK,
                     REFUSED_IN_PROCESSING, WITHDRAWN, STOPPED -> true;
                default -> false;
            };
        }

        static Fate draw(Random random) {
            int total = 0;
            for (Fate fate : values()) {
                total += fate.weight;
            }
            int x = random.nextInt(total);
            for (Fate fate : values()) {
                x -= fate.weight;
                if (x < 0) {
                    return fate;
                }
            }
            throw new IllegalStateException();
        }
    }

    static final String CITIZEN = "demo.citizen";
    static final String BUSINESS = "demo.business";

    /** The scenarios of demo dossiers 1 … count. */
    static List<DemoScenario> all(int count) {
        return java.util.stream.IntStream.rangeClosed(1, count).mapToObj(DemoScenario::of).toList();
    }

    static DemoScenario of(int n) {
        Random random = new Random(7_000_003L * n + 11);
        Fate drawn = Fate.draw(random);
        // the first dossiers go through every fate once, so that a rare one is never missing
        Fate fate = n <= Fate.values().length ? Fate.values()[n - 1] : drawn;
        int channel = random.nextInt(100);
        boolean online = fate == Fate.WAITING_AT_DESK || fate == Fate.AWAITING_COMPLETION || channel < 22;
        String owner = online ? (random.nextInt(5) < 3 ? CITIZEN : BUSINESS) : null;
        Channel way = online ? Channel.ONLINE : channel < 85 ? Channel.IN_PERSON : Channel.POSTAL;
        if (fate == Fate.REFUSED_AT_DESK && online) {
            way = Channel.IN_PERSON;
            owner = null;
        }
        return new DemoScenario("demo-%04d".formatted(n), random.nextLong(), fate, way, owner);
    }
}
