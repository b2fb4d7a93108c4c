package org.ccfacts.security;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaStaticInitializer;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * {@code src/main/frontend/flow-scripts.js} hands Flow's client compiled code for the exact script texts the server
 * sends (the policy has no {@code 'unsafe-eval'}). Each entry's code must be its text, or a script would do
 * something other than what the server asked for; and each script the app sends must have its entry, or the
 * browser refuses it. The scripts are the {@link ClientScript} constants: this test finds them in the compiled
 * classes and compares the exact parameters and text Flow's client compiles, as flow-scripts.js looks them up.
 */
class FlowScriptsTest {

    private static final Path FILE = Path.of("src/main/frontend/flow-scripts.js");
    /** {@code script(["$0"], "text",\n  function ($0) { code });} followed by a blank line, the next entry or a comment */
    private static final Pattern ENTRY = Pattern.compile(
            "\\nscript\\((\\[[^\\]]*\\]), (\"(?:[^\"\\\\]|\\\\.)*\"),\\s*function \\(([^)]*)\\) \\{(.*?)\\}\\);(?=\\n(?:\\s*\\n|script\\(|//))",
            Pattern.DOTALL);

    /** The app's classes (not the tests'), read by ArchUnit. */
    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.ccfacts");

    private final JsonMapper json = new JsonMapper();

    record Entry(List<String> params, String text, List<String> codeParams, String code) {
    }

    private List<Entry> entries() throws IOException {
        String source = Files.readString(FILE);
        List<Entry> entries = new ArrayList<>();
        Matcher m = ENTRY.matcher(source);
        while (m.find()) {
            List<String> params = List.of(json.readValue(m.group(1), String[].class));
            String text = json.readValue(m.group(2), String.class);
            List<String> codeParams = m.group(3).isBlank() ? List.of() : List.of(m.group(3).split(",\\s*"));
            entries.add(new Entry(params, text, codeParams, m.group(4)));
        }
        // every script( call of the file was read: none is skipped by a format the pattern does not know
        assertThat(entries).hasSize(source.split("\\nscript\\(", -1).length - 1);
        return entries;
    }

    @Test
    void everyEntrysCodeIsItsText() throws IOException {
        List<Entry> entries = entries();

        assertThat(entries).hasSizeGreaterThan(20);
        for (Entry e : entries) {
            assertThat(e.codeParams()).as("parameters of %s", e.text()).isEqualTo(e.params());
            assertThat(lines(e.code())).as("code listed for %s", e.text()).isEqualTo(lines(e.text()));
        }
    }

    @Test
    void noTextIsListedTwice() throws IOException {
        List<String> keys = entries().stream().map(e -> e.params() + e.text()).toList();

        assertThat(keys).doesNotHaveDuplicates();
    }

    @Test
    void theScriptsThisAppSendsAreListed() throws IOException {
        List<String> texts = entries().stream().map(Entry::text).toList();

        // one of Vaadin's own, one event expression, one of ours (ApexChart.setConfig through callJsFunction)
        assertThat(texts).contains("return (async function() { this.serverConnected($0)}).apply($1)",
                "return (event.detail)", "return $0.setConfig($1,$2)");
    }

    @Test
    void everyScriptTheAppSendsIsListed() throws IOException {
        List<String> listed = entries().stream().map(e -> key(e.params(), e.text())).toList();
        Map<String, ClientScript> scripts = scriptConstants();

        assertThat(scripts).containsKeys("ApexChart.SET_CONFIG", "ThemeToggle.FLIP", "NativeDialog.SHOW_MODAL",
                "LanguageInitListener.SET_LANG", "ExportAllButton.DECK_IMAGES").hasSizeGreaterThanOrEqualTo(10);
        for (Map.Entry<String, ClientScript> named : scripts.entrySet()) {
            ClientScript script = named.getValue();
            assertThat(listed).as("%s is not in %s (the browser would refuse it); its entry:%n%s", named.getKey(), FILE,
                    entryFor(script)).contains(key(script.parameters(), script.body()));
        }
    }

    @Test
    void scriptsReachTheBrowserOnlyAsNamedConstants() {
        noClasses().that().doNotBelongToAnyOf(ClientScript.class)
                .should().callMethodWhere(target(nameMatching("executeJs|callJsFunction")))
                .because("a script's text must be a ClientScript constant, so that this test finds it")
                .check(APP);
        // a ClientScript is made only where a static field is initialised: no text is put together at run time
        List<String> madeElsewhere = APP.get(ClientScript.class).getCodeUnitCallsToSelf().stream()
                .filter(call -> !call.getOriginOwner().isEquivalentTo(ClientScript.class))
                .filter(call -> !call.getOrigin().getName().equals(JavaStaticInitializer.STATIC_INITIALIZER_NAME))
                .filter(call -> call.getTarget().getName().equals("<init>")
                        || call.getTarget().getRawReturnType().isEquivalentTo(ClientScript.class))
                .map(JavaCall::getDescription).toList();
        assertThat(madeElsewhere).isEmpty();
        for (JavaField field : APP.get(ClientScript.class).getFieldsWithTypeOfSelf()) {
            assertThat(field.getModifiers()).as(field.getFullName()).contains(JavaModifier.STATIC, JavaModifier.FINAL);
        }
    }

    /** Every ClientScript constant of the app, by "Class.FIELD". */
    private static Map<String, ClientScript> scriptConstants() {
        Map<String, ClientScript> scripts = new TreeMap<>();
        for (JavaField field : APP.get(ClientScript.class).getFieldsWithTypeOfSelf()) {
            if (!field.getModifiers().contains(JavaModifier.STATIC) || field.getOwner().isEquivalentTo(ClientScript.class)) {
                continue; // an instance field is refused by scriptsReachTheBrowserOnlyAsNamedConstants
            }
            try {
                Field constant = field.reflect();
                constant.setAccessible(true);
                scripts.put(field.getOwner().getSimpleName() + "." + field.getName(), (ClientScript) constant.get(null));
            } catch (IllegalAccessException e) {
                throw new AssertionError(e);
            }
        }
        return scripts;
    }

    /** How flow-scripts.js finds a function: the exact parameter names and body, as ListedFunction joins them. */
    private static String key(List<String> params, String body) {
        return String.join(",", params) + "\n" + body;
    }

    /** The entry to add to flow-scripts.js for a script it lacks. */
    private String entryFor(ClientScript script) {
        String params = String.join(", ", script.parameters());
        return "script(" + json.writeValueAsString(script.parameters()).replace("\",\"", "\", \"") + ", "
                + json.writeValueAsString(script.body()) + ",\n  function (" + params + ") { " + script.body() + " });";
    }

    /** The text line by line, without indentation and blank lines: layout, not meaning; everything else counts. */
    static List<String> lines(String code) {
        return code.strip().lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
