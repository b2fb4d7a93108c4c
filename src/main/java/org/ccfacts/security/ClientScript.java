package org.ccfacts.security;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.function.SerializableConsumer;

/**
 * A script the server asks the browser to run, kept as a named constant ({@code static final}).
 *
 * <p>Flow's client compiles the text of every {@code executeJs} and {@code callJsFunction} with
 * {@code new Function(...)}, which the Content-Security-Policy refuses (no {@code 'unsafe-eval'}):
 * {@code src/main/frontend/flow-scripts.js} hands it the same code, compiled with the bundle, looked up by the
 * exact parameter names and body Flow compiles. A script knows that exact form ({@link #parameters},
 * {@link #body}), so FlowScriptsTest checks without a browser that every constant is listed there; and this is
 * the only class that calls {@code executeJs} or {@code callJsFunction}, so no other text reaches the browser.
 *
 * @param kind       how Flow sends it
 * @param text       the script; for {@link Kind#METHOD}, the method's name
 * @param arguments  how many values it is given: {@code $0}, {@code $1}… in the text, or the method's arguments
 * @param withResult whether the server reads what it returns: Flow then wraps it in a promise with two more
 *                   parameters, which is another text to list
 */
public record ClientScript(Kind kind, String text, int arguments, boolean withResult) {

    public enum Kind {
        /** {@code element.executeJs(text)}: {@code this} is the element. */
        ELEMENT,
        /** {@code page.executeJs(text)}. */
        PAGE,
        /** {@code element.callJsFunction(name)}: a method of the element, called by name. */
        METHOD
    }

    private static final Pattern PARAMETER = Pattern.compile("\\$(\\d+)");

    public ClientScript {
        if (kind == Kind.METHOD ? !text.matches("[A-Za-z_$][\\w$]*") : highestParameter(text) >= arguments) {
            throw new IllegalArgumentException("A " + kind + " script given " + arguments + " values cannot be: " + text);
        }
    }

    /** Runs on an element, which it reaches as {@code this}; its result is not read. */
    public static ClientScript onElement(String text, int arguments) {
        return new ClientScript(Kind.ELEMENT, text, arguments, false);
    }

    /** Runs on an element, which it reaches as {@code this}; the server reads what it returns. */
    public static ClientScript onElementWithResult(String text, int arguments) {
        return new ClientScript(Kind.ELEMENT, text, arguments, true);
    }

    /** Runs on the page; its result is not read. */
    public static ClientScript onPage(String text, int arguments) {
        return new ClientScript(Kind.PAGE, text, arguments, false);
    }

    /** Calls the element's method {@code name}; its result is not read. */
    public static ClientScript method(String name, int arguments) {
        return new ClientScript(Kind.METHOD, name, arguments, false);
    }

    /** Sends it to the browser, to run on {@code element} with these values; for a script whose result is not read. */
    public void run(Element element, Object... values) {
        check(values, Kind.ELEMENT, Kind.METHOD);
        if (withResult) {
            throw new IllegalStateException("Its result is read, so it needs runThen: " + text);
        }
        if (kind == Kind.METHOD) {
            element.callJsFunction(text, values);
        } else {
            element.executeJs(text, values);
        }
    }

    /** Sends it to the browser, to run on the page with these values. */
    public void run(Page page, Object... values) {
        check(values, Kind.PAGE);
        page.executeJs(text, values);
    }

    /** Runs it on {@code element} and hands what it returns to {@code onResult} (a browser error is only logged). */
    public <T> void runThen(Element element, Class<T> type, SerializableConsumer<T> onResult, Object... values) {
        checkWithResult(values);
        element.executeJs(text, values).then(type, onResult);
    }

    /** Runs it on {@code element} and hands what it returns to {@code onResult}, or the browser's error to {@code onError}. */
    public <T> void runThen(Element element, Class<T> type, SerializableConsumer<T> onResult,
            SerializableConsumer<String> onError, Object... values) {
        checkWithResult(values);
        element.executeJs(text, values).then(type, onResult, onError);
    }

    /** The parameter names Flow's client compiles it with, as flow-scripts.js lists them: $0, $1… */
    public List<String> parameters() {
        int count = (kind == Kind.PAGE ? arguments : arguments + 1) + (withResult ? 2 : 0);
        return IntStream.range(0, count).mapToObj(i -> "$" + i).toList();
    }

    /** The text Flow's client compiles, as flow-scripts.js lists it (Flow 25: Element, UidlWriter). */
    public String body() {
        String body = switch (kind) {
            // the element is passed after the values
            case ELEMENT -> "return (async function() { " + text + "}).apply($" + arguments + ")";
            case PAGE -> text;
            // the element is $0, the values follow
            case METHOD -> "return $0." + text + "("
                    + IntStream.rangeClosed(1, arguments).mapToObj(i -> "$" + i).collect(Collectors.joining(",")) + ")";
        };
        if (!withResult) {
            return body;
        }
        // two return channels after the values: the result, and the error
        int resolve = parameters().size() - 2;
        int reject = resolve + 1;
        return "try{Promise.resolve((async function(){" + body + "})()).then($" + resolve + ",function(error){$" + reject
                + "(''+error)})}catch(error){$" + reject + "(''+error)}";
    }

    private void checkWithResult(Object[] values) {
        check(values, Kind.ELEMENT);
        if (!withResult) {
            throw new IllegalStateException("Declared without a result, so Flow would send another text: " + text);
        }
    }

    /** Used as declared, else Flow would send a text that flow-scripts.js does not list and the browser refuses it. */
    private void check(Object[] values, Kind... kinds) {
        if (!List.of(kinds).contains(kind) || values.length != arguments) {
            throw new IllegalArgumentException("A " + kind + " script of " + arguments + " values, sent as "
                    + List.of(kinds) + " with " + values.length + ": " + text);
        }
    }

    private static int highestParameter(String text) {
        int highest = -1;
        Matcher m = PARAMETER.matcher(text);
        while (m.find()) {
            highest = Math.max(highest, Integer.parseInt(m.group(1)));
        }
        return highest;
    }
}
