// Starts the app of this page's area (the build puts this in place of trunk's loader,
// with each area's files and which addresses are whose; xtask/src/boot.rs and
// src/domain/areas.rs): a page fetches its own area's code only.
// Deferred: nothing here must run before the page is shown, so the form is usable as
// soon as it is parsed; the one decision that must come first is index.html's snippet.
//
// On index.html it starts at once. On a page the build prerendered (#loading-frame
// [data-prerendered]) the page already reads and takes typing as plain HTML, so the app
// (most of the site's weight) is fetched only when someone is there to use it: the first
// pointer movement, key press, touch, focus or click. The app then takes the page over
// with whatever was typed (src/ui/takeover.rs). A button pressed before then is held and
// pressed again by the app; a form is never submitted by the browser itself, so answers
// cannot end up in a URL. Old-browser syntax on purpose, like fallback.js.
(function () {
  "use strict";
  var script = document.currentScript;
  var area = areaOf(window.location.pathname);
  var app = area === "triage" && wantsAdvice() ? "triage_advice" : area;
  var js = script && script.getAttribute("data-app-js-" + app);
  var wasm = script && script.getAttribute("data-app-wasm-" + app);
  var root = document.documentElement;
  var TRIGGERS = ["pointermove", "mousemove", "pointerdown", "keydown", "touchstart", "focusin", "wheel", "click"];
  var started = false;
  window.spoBoot = { started: false, area: area, app: app };

  // The address's first part after the base names its area ("triage=triage ..."); the
  // site area has the rest.
  function areaOf(path) {
    var base = document.baseURI ? new URL(document.baseURI).pathname : "/";
    var rest = path.indexOf(base) === 0 ? path.slice(base.length) : path.replace(/^\/+/, "");
    var first = rest.split("/")[0];
    var pairs = ((script && script.getAttribute("data-areas")) || "").split(" ");
    for (var i = 0; i < pairs.length; i++) {
      var pair = pairs[i].split("=");
      if (pair.length === 2 && pair[0] === first) return pair[1];
    }
    return "site";
  }

  // The officer's form has a second build that can hold legal advice being answered
  // (Cargo.toml's "answering" feature; src/pages/triage/advice_build.rs), so the plain
  // form every officer loads carries none of its code. It is loaded when this tab has
  // asked for it, when the Review area has handed advice over, or when the saved draft
  // holds advice, which a draft keeps under the key "answering". Text an officer typed
  // cannot look like that key: JSON escapes a quote inside a string.
  function wantsAdvice() {
    try {
      var s = window.sessionStorage;
      var l = window.localStorage;
      var asked = ["spo-triage-advice-build", "spo-advice-to-triage", "spo-triage-file-with-advice"];
      for (var i = 0; i < asked.length; i++) if (s.getItem(asked[i])) return true;
      var key = /"answering"\s*:/;
      return key.test(l.getItem("spo-triage-draft") || "") || key.test(s.getItem("spo-triage-draft") || "");
    } catch (e) {
      return false; // Storage refused: no draft can be read either.
    }
  }

  function frame() {
    var f = document.getElementById("loading-frame");
    return f && f.hasAttribute("data-prerendered") ? f : null;
  }

  function start() {
    if (started || !js || !wasm) return;
    started = true;
    window.spoBoot.started = true;
    for (var i = 0; i < TRIGGERS.length; i++) document.removeEventListener(TRIGGERS[i], start, true);
    try {
      window.dispatchEvent(new Event("spo:app-starting"));
    } catch (e) {
      // fallback.js also reads window.spoBoot.started.
    }
    if (typeof WebAssembly !== "object") return; // fallback.js explains.
    // The wasm is fetched while the JS glue is, not after it.
    var module = fetch(wasm, { credentials: "same-origin" });
    import(js).then(function (glue) {
      return glue.default({ module_or_path: module }).then(function (instance) {
        window.wasmBindings = glue;
        window.dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm: instance } }));
      });
    });
  }

  // What a page shows from config.json before the app starts (the force's name, the
  // protective marking, the contacts shown if the app cannot start) was written by the
  // build from the config it had. Force IT may since have edited config.json on the
  // server, with no build: read it now and show what it says. Text only (textContent),
  // so nothing in config.json can become markup; a config that cannot be read changes
  // nothing, and the app then explains it.
  function fillFromConfig() {
    if (!window.fetch || !window.JSON) return;
    var url = new URL("config.json", document.baseURI || window.location.href).href;
    fetch(url, { credentials: "same-origin" }).then(function (r) {
      return r.ok ? r.json() : null;
    }).then(function (c) {
      var name = c && c.force && typeof c.force.name === "string" ? c.force.name.trim() : "";
      if (!name) return;
      var marking = typeof c.protective_marking === "string" && c.protective_marking.trim() ? c.protective_marking.trim() : "OFFICIAL-SENSITIVE";
      var f = document.getElementById("loading-frame");
      if (f) {
        var names = f.querySelectorAll(".site-header__force");
        var old = names.length ? names[0].textContent : "";
        for (var i = 0; i < names.length; i++) names[i].textContent = name;
        var marks = f.querySelectorAll(".marking");
        for (var j = 0; j < marks.length; j++) marks[j].textContent = marking;
        // The app sets the title itself once it runs; until then, the built one's end.
        var suffix = " \u2013 " + old;
        if (old && document.title.slice(-suffix.length) === suffix) {
          document.title = document.title.slice(0, -suffix.length) + " \u2013 " + name;
        }
      }
      contacts(c.contacts);
    })["catch"](function () {
      // Leave the page as built.
    });
  }

  // The contacts fallback.js shows when the app cannot start, as xtask/src/noscript.rs
  // writes them.
  function contacts(list) {
    var template = document.getElementById("contacts-template");
    if (!template || !list || typeof list !== "object") return;
    var order = [
      ["Problems with this site", "service_support"],
      ["Stalking Protection Orders", "stalking_unit"],
      ["Legal advice on an application", "legal_services"],
      ["Respondents under 18", "youth_justice_service"]
    ];
    var text = function (v) { return typeof v === "string" ? v.trim() : ""; };
    for (var k = 0; k < order.length; k++) {
      var one = list[order[k][1]];
      if (!one || !text(one.name)) return;
    }
    var target = template.content || template;
    var heading = document.createElement("h2");
    heading.className = "heading-m";
    heading.textContent = "Who to contact";
    var ul = document.createElement("ul");
    ul.className = "list";
    ul.id = "force-contacts";
    for (var i = 0; i < order.length; i++) {
      var c = list[order[i][1]];
      var li = document.createElement("li");
      li.appendChild(document.createTextNode(order[i][0] + ": "));
      var strong = document.createElement("strong");
      strong.textContent = text(c.name);
      li.appendChild(strong);
      if (text(c.email)) {
        li.appendChild(document.createTextNode(", email "));
        var a = document.createElement("a");
        a.setAttribute("href", "mailto:" + text(c.email));
        a.textContent = text(c.email);
        li.appendChild(a);
      }
      if (text(c.phone)) li.appendChild(document.createTextNode(", phone " + text(c.phone)));
      ul.appendChild(li);
    }
    while (target.firstChild) target.removeChild(target.firstChild);
    target.appendChild(heading);
    target.appendChild(ul);
  }

  try {
    fillFromConfig();
  } catch (e) {
    // Never let this stop the app starting.
  }

  // Held back until the app has taken over, then pressed by it: "#id", or the button's
  // position among the page's buttons.
  function hold(button) {
    var f = frame();
    if (!f || !button) return;
    var all = f.querySelectorAll("main button, main input[type=submit]");
    var at = Array.prototype.indexOf.call(all, button);
    f.setAttribute("data-pending-click", button.id ? "#" + button.id : String(at));
    root.className += " spo-waiting";
    var status = document.getElementById("boot-status");
    if (status) status.textContent = "Getting the form ready. Your answers are kept.";
  }

  // At once where the page is not prerendered for this address, or holds answers saved
  // in this browser: index.html's snippet in <head> decided, before the first paint
  // (it removes the mark, or adds spo-elsewhere / spo-restoring; style/main.css).
  if (root.getAttribute("data-prerendered") === null || /\bspo-(restoring|elsewhere)\b/.test(root.className)) {
    // index.html's home page, sent for another address, is hidden (style/main.css): its
    // "Loading…" line becomes the page's heading, and its skip link stays on this page.
    if (/\bspo-elsewhere\b/.test(root.className)) {
      var line = document.querySelector("#loading-frame main > .loading");
      if (line) {
        var heading = document.createElement("h1");
        heading.className = "heading-l loading";
        heading.textContent = "Loading…";
        line.parentNode.replaceChild(heading, line);
      }
      var skip = document.querySelector("#loading-frame .skip-link");
      if (skip) skip.setAttribute("href", window.location.pathname + "#main-content");
    }
    start();
    return;
  }
  for (var i = 0; i < TRIGGERS.length; i++) document.addEventListener(TRIGGERS[i], start, true);

  document.addEventListener("click", function (e) {
    var f = frame();
    var target = e.target;
    var button = target && target.closest ? target.closest("button, input[type=submit]") : null;
    if (!f || !button || !f.contains(button)) return;
    e.preventDefault();
    hold(button);
  }, true);
  document.addEventListener("submit", function (e) {
    var f = frame();
    if (!f || !f.contains(e.target)) return;
    e.preventDefault();
    if (e.submitter) hold(e.submitter);
  }, true);
})();
