/*
 * The scripts Flow's client may run, compiled by the build, so that the Content-Security-Policy needs no
 * 'unsafe-eval' (docs/SECURITY.md).
 *
 * Flow's client turns the text of every server-side executeJs / callJsFunction, and of every event-data and
 * shortcut-filter expression, into a function with `new Function(...)` (vaadin/flow#10759); a policy without
 * 'unsafe-eval' makes the browser refuse that. This module, imported first by src/main/frontend/index.ts, replaces
 * `window.Function` with a lookup in the list below: each entry is the exact text the server sends (parameter
 * names and body) and the same code, written out here and compiled with the bundle. Text that is not listed is
 * refused, as the browser would refuse eval, and reported on the console as "ccfacts: refused script"; every
 * browser test fails on such a report (BrowserTest). To allow a new script, copy the reported parameters and
 * text into an entry; FlowScriptsTest checks that each entry's code is its text. The server's own scripts are the
 * ClientScript constants (org.ccfacts.security.ClientScript): FlowScriptsTest, a unit test, fails when one is not
 * listed here and prints its entry.
 *
 * Plain JavaScript (not TypeScript) because the code is Flow's text, verbatim.
 */

/** @type {Map<string, Function>} exact "parameter,names\nbody" → the compiled function */
const SCRIPTS = new Map();

/** Lists `code` as the function Flow may ask for with these parameter names and this text. */
function script(params, body, code) {
  SCRIPTS.set(params.join(',') + '\n' + body, code);
}

// Vaadin Flow 25 itself: navigation, page title and direction, enabled state, the window-size listener every UI
// installs (Page.windowSizeSignal, filled from the browser details) with its debounced always-true filter "1";
// the client's own two fixed texts (a DOM-binding callback, Element.attachShadow), unused by this app today
script(["$0"], "return (async function() {     const el = this;\n    window.addEventListener('resize', evt => {\n        const event = new Event(\"window-resize\");\n        event.w = document.documentElement.clientWidth;\n        event.h = document.documentElement.clientHeight;\n        el.dispatchEvent(event);\n    });\n}).apply($0)",
  function ($0) {
    return (async function() {     const el = this;
    window.addEventListener('resize', evt => {
        const event = new Event("window-resize");
        event.w = document.documentElement.clientWidth;
        event.h = document.documentElement.clientHeight;
        el.dispatchEvent(event);
    });
}).apply($0)
  });
script(["event", "element"], "return (1)",
  function (event, element) { return (1) });
script(["event", "element"], "return (event.w)",
  function (event, element) { return (event.w) });
script(["event", "element"], "return (event.h)",
  function (event, element) { return (event.h) });
script(["$0"], "    document.title = $0;\n    if(window?.Vaadin?.documentTitleSignal) {\n        window.Vaadin.documentTitleSignal.value = $0;\n    }\n",
  function ($0) {
    document.title = $0;
    if(window?.Vaadin?.documentTitleSignal) {
        window.Vaadin.documentTitleSignal.value = $0;
    }
  });
script(["$0", "$1"], "return (async function() { this.disabled = $0}).apply($1)",
  function ($0, $1) { return (async function() { this.disabled = $0}).apply($1) });
script(["$0", "$1"], "return (async function() { this.serverConnected($0)}).apply($1)",
  function ($0, $1) { return (async function() { this.serverConnected($0)}).apply($1) });
script(["$0", "$1"], "setTimeout(() => { window.history.pushState($0, '', $1); window.dispatchEvent(new CustomEvent('vaadin-navigated')); })",
  function ($0, $1) { setTimeout(() => { window.history.pushState($0, '', $1); window.dispatchEvent(new CustomEvent('vaadin-navigated')); }) });
script(["$0"], "document.dir = $0",
  function ($0) { document.dir = $0 });
script(["$0", "$1"], "setTimeout(() => { window.history.replaceState($0, '', $1); window.dispatchEvent(new CustomEvent('vaadin-navigated')); })",
  function ($0, $1) { setTimeout(() => { window.history.replaceState($0, '', $1); window.dispatchEvent(new CustomEvent('vaadin-navigated')); }) });
script(["callback"], "callback();",
  function (callback) { callback(); });
script(["element"], "if ( element.shadowRoot ) { return element.shadowRoot; } else { return element.attachShadow({'mode' : 'open'});}",
  function (element) { if ( element.shadowRoot ) { return element.shadowRoot; } else { return element.attachShadow({'mode' : 'open'});} });

// Event data Flow reads from a click (ClickEvent) and a key press (KeyboardEvent)
script(["event", "element"], "return (event.altKey)",
  function (event, element) { return (event.altKey) });
script(["event", "element"], "return (event.button)",
  function (event, element) { return (event.button) });
script(["event", "element"], "return (event.clientX)",
  function (event, element) { return (event.clientX) });
script(["event", "element"], "return (event.clientY)",
  function (event, element) { return (event.clientY) });
script(["event", "element"], "return (event.code)",
  function (event, element) { return (event.code) });
script(["event", "element"], "return (event.ctrlKey)",
  function (event, element) { return (event.ctrlKey) });
script(["event", "element"], "return (event.detail)",
  function (event, element) { return (event.detail) });
script(["event", "element"], "return (event.isComposing)",
  function (event, element) { return (event.isComposing) });
script(["event", "element"], "return (event.key)",
  function (event, element) { return (event.key) });
script(["event", "element"], "return (event.location)",
  function (event, element) { return (event.location) });
script(["event", "element"], "return (event.metaKey)",
  function (event, element) { return (event.metaKey) });
script(["event", "element"], "return (event.repeat)",
  function (event, element) { return (event.repeat) });
script(["event", "element"], "return (event.screenX)",
  function (event, element) { return (event.screenX) });
script(["event", "element"], "return (event.screenY)",
  function (event, element) { return (event.screenY) });
script(["event", "element"], "return (event.shiftKey)",
  function (event, element) { return (event.shiftKey) });

// Shortcut filters of presentation mode (PresentView: arrows, Space, Page Up/Down, Escape)
script(["event", "element"], "return (([' ','Space'].indexOf(event.code) !== -1 || [' ','Space'].indexOf(event.key) !== -1) && !event.getModifierState('Shift') && !event.getModifierState('Control') && !event.getModifierState('Alt') && !event.getModifierState('AltGraph') && !event.getModifierState('Meta') && (event.preventDefault() || true) && (event.stopPropagation() || true))",
  function (event, element) { return (([' ','Space'].indexOf(event.code) !== -1 || [' ','Space'].indexOf(event.key) !== -1) && !event.getModifierState('Shift') && !event.getModifierState('Control') && !event.getModifierState('Alt') && !event.getModifierState('AltGraph') && !event.getModifierState('Meta') && (event.preventDefault() || true) && (event.stopPropagation() || true)) });
script(["event", "element"], "return ((['ArrowLeft'].indexOf(event.code) !== -1 || ['ArrowLeft'].indexOf(event.key) !== -1) && !event.getModifierState('Shift') && !event.getModifierState('Control') && !event.getModifierState('Alt') && !event.getModifierState('AltGraph') && !event.getModifierState('Meta') && (event.preventDefault() || true) && (event.stopPropagation() || true))",
  function (event, element) { return ((['ArrowLeft'].indexOf(event.code) !== -1 || ['ArrowLeft'].indexOf(event.key) !== -1) && !event.getModifierState('Shift') && !event.getModifierState('Control') && !event.getModifierState('Alt') && !event.getModifierState('AltGraph') && !event.getModifierState('Meta') && (event.preventDefault() || true) && (event.stopPropagation() || true)) });
script(["event", "element"], "return ((['ArrowRight'].indexOf(event.code) !== -1 || ['ArrowRight'].indexOf(event.key) !== -1) && !event.getModifierState('Shift') && !event.getModifierState('Control') && !event.getModifierState('Alt') && !event.getModifierState('AltGraph') && !event.getModifierState('Meta') && (event.preventDefault() || true) && (event.stopPropagation() || true))",
  function (event, element) { return ((['ArrowRight'].indexOf(event.code) !== -1 || ['ArrowRight'].indexOf(event.key) !== -1) && !event.getModifierState('Shift') && !event.getModifierState('Control') && !event.getModifierState('Alt') && !event.getModifierState('AltGraph') && !event.getModifierState('Meta') && (event.preventDefault() || true) && (event.stopPropagation() || true)) });
script(["event", "element"], "return ((['Escape','Esc'].indexOf(event.code) !== -1 || ['Escape','Esc'].indexOf(event.key) !== -1) && !event.getModifierState('Shift') && !event.getModifierState('Control') && !event.getModifierState('Alt') && !event.getModifierState('AltGraph') && !event.getModifierState('Meta') && (event.preventDefault() || true) && (event.stopPropagation() || true))",
  function (event, element) { return ((['Escape','Esc'].indexOf(event.code) !== -1 || ['Escape','Esc'].indexOf(event.key) !== -1) && !event.getModifierState('Shift') && !event.getModifierState('Control') && !event.getModifierState('Alt') && !event.getModifierState('AltGraph') && !event.getModifierState('Meta') && (event.preventDefault() || true) && (event.stopPropagation() || true)) });
script(["event", "element"], "return ((['PageDown'].indexOf(event.code) !== -1 || ['PageDown'].indexOf(event.key) !== -1) && !event.getModifierState('Shift') && !event.getModifierState('Control') && !event.getModifierState('Alt') && !event.getModifierState('AltGraph') && !event.getModifierState('Meta') && (event.preventDefault() || true) && (event.stopPropagation() || true))",
  function (event, element) { return ((['PageDown'].indexOf(event.code) !== -1 || ['PageDown'].indexOf(event.key) !== -1) && !event.getModifierState('Shift') && !event.getModifierState('Control') && !event.getModifierState('Alt') && !event.getModifierState('AltGraph') && !event.getModifierState('Meta') && (event.preventDefault() || true) && (event.stopPropagation() || true)) });
script(["event", "element"], "return ((['PageUp'].indexOf(event.code) !== -1 || ['PageUp'].indexOf(event.key) !== -1) && !event.getModifierState('Shift') && !event.getModifierState('Control') && !event.getModifierState('Alt') && !event.getModifierState('AltGraph') && !event.getModifierState('Meta') && (event.preventDefault() || true) && (event.stopPropagation() || true))",
  function (event, element) { return ((['PageUp'].indexOf(event.code) !== -1 || ['PageUp'].indexOf(event.key) !== -1) && !event.getModifierState('Shift') && !event.getModifierState('Control') && !event.getModifierState('Alt') && !event.getModifierState('AltGraph') && !event.getModifierState('Meta') && (event.preventDefault() || true) && (event.stopPropagation() || true)) });

// Ours: the chart element (ApexChart), the source dialog (NativeDialog), the theme switch (ThemeToggle),
// exports (ExportMenu, ExportAllButton), presentation mode (PresentView), the page language (LanguageInitListener)
script(["$0", "$1", "$2", "$3", "$4", "$5"], "try{Promise.resolve((async function(){return (async function() { return window.ccfactsExport.deckImages(this, $0, $1, $2).then(images => JSON.stringify(images))}).apply($3)})()).then($4,function(error){$5(''+error)})}catch(error){$5(''+error)}",
  function ($0, $1, $2, $3, $4, $5) { try{Promise.resolve((async function(){return (async function() { return window.ccfactsExport.deckImages(this, $0, $1, $2).then(images => JSON.stringify(images))}).apply($3)})()).then($4,function(error){$5(''+error)})}catch(error){$5(''+error)} });
script(["$0", "$1", "$2", "$3", "$4", "$5"], "try{Promise.resolve((async function(){return (async function() { return window.ccfactsExport.download($0, $1, $2)}).apply($3)})()).then($4,function(error){$5(''+error)})}catch(error){$5(''+error)}",
  function ($0, $1, $2, $3, $4, $5) { try{Promise.resolve((async function(){return (async function() { return window.ccfactsExport.download($0, $1, $2)}).apply($3)})()).then($4,function(error){$5(''+error)})}catch(error){$5(''+error)} });
script(["$0", "$1", "$2", "$3"], "try{Promise.resolve((async function(){return (async function() { const html = document.documentElement;\nconst dark = html.getAttribute('theme') !== 'dark';\nif (dark) { html.setAttribute('theme', 'dark'); } else { html.removeAttribute('theme'); }\ntry { localStorage.setItem($0, dark ? 'dark' : 'light'); } catch (e) { /* private mode: not remembered */ }\nreturn dark;}).apply($1)})()).then($2,function(error){$3(''+error)})}catch(error){$3(''+error)}",
  function ($0, $1, $2, $3) { try{Promise.resolve((async function(){return (async function() { const html = document.documentElement;
const dark = html.getAttribute('theme') !== 'dark';
if (dark) { html.setAttribute('theme', 'dark'); } else { html.removeAttribute('theme'); }
try { localStorage.setItem($0, dark ? 'dark' : 'light'); } catch (e) { /* private mode: not remembered */ }
return dark;}).apply($1)})()).then($2,function(error){$3(''+error)})}catch(error){$3(''+error)} });
script(["$0", "$1", "$2"], "return $0.setConfig($1,$2)",
  function ($0, $1, $2) { return $0.setConfig($1,$2) });
script(["$0", "$1", "$2"], "try{Promise.resolve((async function(){return (async function() { return document.documentElement.getAttribute('theme') === 'dark';}).apply($0)})()).then($1,function(error){$2(''+error)})}catch(error){$2(''+error)}",
  function ($0, $1, $2) { try{Promise.resolve((async function(){return (async function() { return document.documentElement.getAttribute('theme') === 'dark';}).apply($0)})()).then($1,function(error){$2(''+error)})}catch(error){$2(''+error)} });
script(["$0"], "document.documentElement.setAttribute('lang', $0)",
  function ($0) { document.documentElement.setAttribute('lang', $0) });
script(["$0"], "return $0.close()",
  function ($0) { return $0.close() });
script(["$0"], "return $0.showModal()",
  function ($0) { return $0.showModal() });
script(["$0"], "return (async function() { requestAnimationFrame(() => this.focus({preventScroll: true, focusVisible: true}))}).apply($0)",
  function ($0) { return (async function() { requestAnimationFrame(() => this.focus({preventScroll: true, focusVisible: true}))}).apply($0) });
script(["$0"], "return (async function() { this.addEventListener('click', () => document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen().catch(() => {}))}).apply($0)",
  function ($0) { return (async function() { this.addEventListener('click', () => document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen().catch(() => {}))}).apply($0) });
script(["$0"], "return (async function() { this.click()}).apply($0)",
  function ($0) { return (async function() { this.click()}).apply($0) });

/** Chunks of the production bundle Flow loads when a view first needs them (the id is a hash of the chunk). */
const LOAD_ON_DEMAND = /^return window\.Vaadin\.Flow\.loadOnDemand\('([0-9a-f]{64})'\);$/;

const NativeFunction = window.Function;

/**
 * Vaadin's development mode, as Flow's client reports it. Its policy allows eval (SecurityHeadersFilter); in
 * production the policy refuses eval whatever this says.
 */
function developmentMode() {
  const clients = window.Vaadin?.Flow?.clients ?? {};
  return Object.values(clients).some(client => client?.productionMode === false);
}

/** Stands in for `Function` as a constructor: hands out a listed function, never compiles text. */
function ListedFunction(...args) {
  const texts = args.map(String);
  const body = texts.pop() ?? '';
  const listed = SCRIPTS.get(texts.join(',') + '\n' + body);
  if (listed) {
    return listed;
  }
  const chunk = texts.length === 0 ? LOAD_ON_DEMAND.exec(body) : null;
  if (chunk) {
    const id = chunk[1];
    return function () {
      return window.Vaadin.Flow.loadOnDemand(id);
    };
  }
  if (developmentMode()) {
    // development mode (./mvnw -Pdev) allows eval, so Vaadin's development tools work; say what to list
    console.warn('ccfacts: script not listed in src/main/frontend/flow-scripts.js, refused in production: ' + JSON.stringify([...texts, body]));
    return NativeFunction(...texts, body);
  }
  const report = 'ccfacts: refused script (not listed in src/main/frontend/flow-scripts.js): ' + JSON.stringify([...texts, body]);
  console.error(report);
  throw new EvalError(report);
}
ListedFunction.prototype = NativeFunction.prototype;   // `x instanceof Function` and Flow's function types still work

window.Function = ListedFunction;
