package org.ccfacts.stewardship;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.ccfacts.dataset.DatasetError;
import org.ccfacts.dataset.DatasetProperties;
import org.ccfacts.dataset.DatasetService;
import org.ccfacts.dataset.TestFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The check editors run before publishing: the app's verdict and the app's messages, without the app. */
class CheckDataTest {

    @TempDir
    Path folder;

    @Test
    void theBundledDataIsValidAndExitsZero() {
        Run run = run("data");
        assertThat(run.status()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("data is valid (version ");
    }

    @Test
    void aBrokenFolderExitsOneWithEveryProblemAsTheAppPublishesIt() throws IOException {
        copyValidFixture();
        Path observations = folder.resolve("observations.yaml");
        String good = Files.readString(observations);
        DatasetService app = new DatasetService(new DatasetProperties(folder), Clock.systemUTC());
        Files.writeString(observations, good.replace("value: 94.8", "value: 95,1").replace("value: 30", "value: -30"));
        List<String> appSays = app.reload().lastRejected().orElseThrow().errors().stream().map(DatasetError::toString).toList();

        Run run = run(folder.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out().lines().toList())
                .isEqualTo(appSays)
                .satisfiesExactly(
                        first -> assertThat(first).startsWith("observations.yaml:4: field 'value': '95,1' is not a number"),
                        second -> assertThat(second).startsWith("observations.yaml:13: field 'value': -30 is negative"),
                        third -> assertThat(third).startsWith("observations.yaml:18: field 'quote': does not state the value -30"));
        assertThat(run.err()).contains("3 problem(s)");
    }

    @Test
    void jsonNamesFileLineFieldAndMessage() throws IOException {
        copyValidFixture();
        Files.delete(folder.resolve("polls.yaml"));

        Run run = run("--json", folder.toString());

        assertThat(run.status()).isEqualTo(1);
        JsonNode json = new JsonMapper().readTree(run.out());
        assertThat(json.get("valid").asBoolean()).isFalse();
        JsonNode error = json.get("errors").get(0);
        assertThat(error.get("file").asString()).isEqualTo("polls.yaml");
        assertThat(error.get("line").asInt()).isZero();
        assertThat(error.get("message").asString()).isEqualTo("is missing from the data folder");
        assertThat(json.get("errors")).hasSize(1);
    }

    @Test
    void jsonOfAValidFolderGivesItsVersion() {
        Run run = run("--json", "data");
        JsonNode json = new JsonMapper().readTree(run.out());
        assertThat(run.status()).isZero();
        assertThat(json.get("valid").asBoolean()).isTrue();
        assertThat(json.get("version").asString())
                .isEqualTo(new DatasetService(new DatasetProperties(Path.of("data")), Clock.systemUTC()).current().version());
        assertThat(json.get("errors")).isEmpty();
    }

    @Test
    void aMissingFolderOrAnUnknownOptionExitsOne() {
        assertThat(run(folder.resolve("nothing-here").toString()).out())
                .endsWith("the data folder does not exist or cannot be read" + System.lineSeparator());
        assertThat(run(folder.resolve("nothing-here").toString()).status()).isEqualTo(1);
        assertThat(run("--jsn", "data").status()).isEqualTo(1);
    }

    /** The jar's way in: {@code java -jar app.jar --check-data FOLDER}, a JVM of its own, with its exit status. */
    @Test
    void theApplicationsMainRunsTheCheckInsteadOfTheServer() throws Exception {
        copyValidFixture();
        Files.writeString(folder.resolve("events.yaml"), "");
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "org.ccfacts.Application", "--check-data"));
        Process bad = new ProcessBuilder(append(command, folder.toString())).redirectErrorStream(true).start();
        assertThat(bad.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(bad.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bad.exitValue()).isEqualTo(1);
        assertThat(output).contains("events.yaml: is empty: it must hold a list of entries")
                .doesNotContain("Tomcat", "Started Application");

        Process good = new ProcessBuilder(append(command, "data")).redirectErrorStream(true).start();
        assertThat(good.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(good.exitValue()).isZero();
    }

    private static List<String> append(List<String> list, String last) {
        List<String> copy = new ArrayList<>(list);
        copy.add(last);
        return copy;
    }

    private void copyValidFixture() throws IOException {
        TestFolders.copyFiles(Path.of("src/test/resources/datasets/valid"), folder);
    }

    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = CheckData.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
