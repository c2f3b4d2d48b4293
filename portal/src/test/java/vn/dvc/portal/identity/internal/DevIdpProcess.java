package vn.dvc.portal.identity.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The development OpenID Connect provider ({@code dev-idp}, built before the portal in the same reactor),
 * started as its own process from {@code dev-idp/target/dev-idp-exec.jar}: a separate JVM keeps its
 * configuration ({@code application.properties}) and its auto-configuration apart from the portal's.
 * Its output goes to {@code target/dev-idp-<port>.log}, never into the portal's captured log. Public for the
 * other modules' system tests that need real tokens of it (the officers' API, issue #15).
 */
public final class DevIdpProcess implements AutoCloseable {

    public final int port;
    public final String issuer;
    private final Process process;

    private DevIdpProcess(int port, Process process) {
        this.port = port;
        this.issuer = "http://localhost:" + port;
        this.process = process;
    }

    /** Starts the provider for a portal on {@code portalPort}, waits until its discovery document answers. */
    public static DevIdpProcess start(int portalPort) {
        Path jar = Path.of("..", "dev-idp", "target", "dev-idp-exec.jar").toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("build dev-idp first (./mvnw -pl portal -am …): " + jar + " is missing");
        }
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                // a short-lived test fixture: the quick-starting compiler only (class data sharing stays on)
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-XX:TieredStopAtLevel=1", "-jar", jar.toString(),
                "--DVC_IDP_PORT=" + port,
                "--DVC_IDP_ISSUER=http://localhost:" + port,
                "--DVC_IDP_REDIRECT_URIS=http://localhost:" + portalPort + "/login/oauth2/code/national",
                "--DVC_IDP_POST_LOGOUT_REDIRECT_URIS=http://localhost:" + portalPort + "/",
                // lets a test make the provider answer wrongly on purpose (misbehave)
                "--DVC_IDP_TEST_CONTROLS=true"));
        try {
            Path log = Path.of("target", "dev-idp-" + port + ".log");
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            DevIdpProcess idp = new DevIdpProcess(port, process);
            idp.awaitReady();
            return idp;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitReady() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("dev-idp stopped: exit " + process.exitValue());
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(
                        URI.create(issuer + "/.well-known/openid-configuration")).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        close();
        throw new IllegalStateException("dev-idp did not start within 90 s");
    }

    /**
     * Makes the provider's next ID tokens wrong on purpose ({@code WRONG_ISSUER}, {@code UNKNOWN_ACR}) or right
     * again ({@code NONE}).
     */
    static void misbehave(String issuer, String mode) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(issuer + "/thu-nghiem/sai-lech?mode=" + mode))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("dev-idp refused the test control: " + response.statusCode());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /**
     * One provider shared by the tests of a class: started when Spring first asks for the properties, and
     * stopped after the class. The portal runs on {@code portalPort} with demo data and national sign-on on.
     */
    static final class Shared {

        private final int portalPort;
        private @org.jspecify.annotations.Nullable DevIdpProcess idp;

        Shared(int portalPort) {
            this.portalPort = portalPort;
        }

        synchronized void register(org.springframework.test.context.DynamicPropertyRegistry registry) {
            if (idp == null) {
                idp = start(portalPort);
            }
            String issuer = idp.issuer;
            registry.add("server.port", () -> portalPort);
            registry.add("dvc.demo-data", () -> "true");
            registry.add("dvc.national-idp.issuer", () -> issuer);
            registry.add("dvc.national-idp.client-secret", () -> "dvc-portal-dev-secret");
        }

        synchronized String issuer() {
            if (idp == null) {
                throw new IllegalStateException("the provider has not been started");
            }
            return idp.issuer;
        }

        synchronized int port() {
            if (idp == null) {
                throw new IllegalStateException("the provider has not been started");
            }
            return idp.port;
        }

        synchronized void stop() {
            if (idp != null) {
                idp.close();
                idp = null;
            }
        }
    }
}
