package vn.dvc.portal.dossier.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.dvc.portal.PortalApplication;
import vn.dvc.portal.catalog.Agencies;
import vn.dvc.portal.catalog.Agency;
import vn.dvc.portal.catalog.AgencyLevel;
import vn.dvc.portal.catalog.Procedure;
import vn.dvc.portal.catalog.Procedures;
import vn.dvc.portal.identity.Role;

/**
 * Benchmark harness (not a test; {@code bench/dossier.sh}): the whole application on its embedded PostgreSQL,
 * then (1) receptions per second at the desk service — applicant checked, ID number hashed and sealed, code
 * issued from the per-agency counter, appointment from the working-time clock, dossier + components +
 * history + event stored in one transaction — each followed by its Form 01 PDF, spread over 20 agencies;
 * (2) Form 01 PDFs per second alone. The catalogue is a fixed procedure (1.001193 as the tests know it), so
 * the numbers measure this module, not the catalogue's caches.
 *
 * <p>Arguments: {@code [threads=8] [seconds=20]}.
 */
public final class DossierBenchmark {

    private DossierBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Procedure procedure = DossierFixtures.birthRegistration();
        Procedures fixedProcedures = new Procedures() {
            public Optional<Procedure> findPublished(String code) {
                return code.equals(procedure.code()) ? Optional.of(procedure) : Optional.empty();
            }

            public Optional<Procedure> find(String code, int version) {
                return findPublished(code);
            }

            public List<Procedure.Sector> sectors() {
                return List.of(procedure.sector());
            }

            public List<Procedure> versions(String code) {
                return findPublished(code).stream().toList();
            }
        };
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PortalApplication.class)
                .initializers(c -> {
                    GenericApplicationContext generic = (GenericApplicationContext) c;
                    generic.registerBean("benchmarkProcedures", Procedures.class, () -> fixedProcedures,
                            definition -> definition.setPrimary(true));
                    generic.registerBean("benchmarkAgencies", Agencies.class, DossierBenchmark::agencies,
                            definition -> definition.setPrimary(true));
                })
                .properties("server.port=0", "dvc.demo-data=false", "logging.level.root=WARN",
                        "spring.main.banner-mode=off")
                .run()) {
            Reception reception = context.getBean(Reception.class);
            DossierStore store = context.getBean(DossierStore.class);
            Slips slips = context.getBean(Slips.class);

            run("warm-up", threads, 5, i -> receiveAndPrint(reception, store, slips, i));
            double receptionsOnly = run("receptions (code, appointment, stored)", threads, seconds,
                    i -> receive(reception, i));
            double receptions = run("receptions with code and Form 01", threads, seconds,
                    i -> receiveAndPrint(reception, store, slips, i));
            DossierFixtures.signInOfficer("bench.desk", Role.DESK, "000.00.40.H63");
            Dossier sample = store.find(reception.receive(DossierFixtures.walkIn(Set.of("TP1", "TP2"), List.of())))
                    .orElseThrow();
            SecurityContextHolder.clearContext();
            double pdfs = run("Form 01 PDFs", threads, seconds, i -> slips.receipt(sample));
            System.out.printf("%nRESULT receptions/s=%.0f, with Form 01 %.0f (goal >= 300)  form01/s=%.0f (goal >= 100)"
                    + "  threads=%d%n", receptionsOnly, receptions, pdfs, threads);
        }
    }

    private static java.util.UUID receive(Reception reception, long i) {
        String agency = String.format("000.00.%02d.H63", 40 + (int) (i % 20));
        DossierFixtures.signInOfficer("bench.desk", Role.DESK, agency);
        return reception.receive(DossierFixtures.walkIn(Set.of("TP1", "TP2"), List.of()));
    }

    private static void receiveAndPrint(Reception reception, DossierStore store, Slips slips, long i) {
        String agency = String.format("000.00.%02d.H63", 40 + (int) (i % 20));
        DossierFixtures.signInOfficer("bench.desk", Role.DESK, agency);
        java.util.UUID id = reception.receive(DossierFixtures.walkIn(Set.of("TP1", "TP2"), List.of()));
        byte[] pdf = slips.receipt(store.find(id).orElseThrow());
        if (pdf.length < 1_000) {
            throw new IllegalStateException("no PDF");
        }
    }

    interface Work {
        void run(long i) throws Exception;
    }

    private static double run(String name, int threads, int seconds, Work work) throws Exception {
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        long started = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (int t = 0; t < threads; t++) {
                pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        work.run(done.getAndIncrement());
                    }
                    return null;
                });
            }
        }
        double perSecond = done.get() / ((System.nanoTime() - started) / 1e9);
        System.out.printf("%-36s %8d in %2ds = %8.1f/s%n", name, done.get(), seconds, perSecond);
        return perSecond;
    }

    private static Agencies agencies() {
        return new Agencies() {
            public Optional<Agency> find(String code) {
                return Optional.of(DossierFixtures.agency(code));
            }

            public Optional<Agency> current(String code) {
                return find(code);
            }

            public List<Agency> validOn(java.time.LocalDate date) {
                return List.of();
            }

            public List<Agency> subtree(String code) {
                return List.of(DossierFixtures.agency(code));
            }

            public boolean isWithin(String agencyCode, String ancestorCode) {
                return agencyCode.equals(ancestorCode);
            }

            public List<Agency> ancestry(String code) {
                return List.of(DossierFixtures.agency(code));
            }

            public List<AgencyLevel> levels() {
                return List.of();
            }

            public List<Agency> predecessors(String code) {
                return List.of();
            }
        };
    }
}
