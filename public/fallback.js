// Shown instead of the app when it cannot start: the browser has no WebAssembly, the
// start failed, or it is taking far too long. Written for old browsers on purpose (no
// arrow functions): those are the ones that land here. The message is built with
// textContent and the contacts are the build's escaped copy, so nothing in config.json
// can become markup; every step is guarded: this script must never break the page.
(function () {
  "use strict";
  var SLOW_MS = 60000;
  var shown = null;

  var MESSAGES = {
    "no-wasm": {
      title: "This browser cannot run this service",
      text: "The service needs a browser that supports WebAssembly, such as a current version of Microsoft Edge, Google Chrome or Mozilla Firefox. Nothing you have typed has been sent anywhere."
    },
    failed: {
      title: "This service could not start",
      text: "Reload the page to try again. If it still does not start, contact your force's IT service desk."
    },
    slow: {
      title: "This service is taking a long time to start",
      text: "It may still start: wait a little longer, or reload the page. If it does not start, contact your force's IT service desk."
    }
  };

  function frame() {
    return document.getElementById("loading-frame");
  }

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    for (var key in attrs) {
      if (Object.prototype.hasOwnProperty.call(attrs, key)) node.setAttribute(key, attrs[key]);
    }
    if (text) node.textContent = text;
    return node;
  }

  function show(kind) {
    try {
      var f = frame();
      // The app has started (it removes the frame), or a worse message is already shown.
      if (!f || shown === kind || (shown && kind === "slow")) return;
      var main = f.querySelector("main");
      if (!main) return;
      shown = kind;
      var message = MESSAGES[kind];
      var box = el("div", { id: "fallback-message", "class": "notice notice--error", role: "alert", "data-reason": kind });
      box.appendChild(el("h1", { "class": "heading-l" }, message.title));
      box.appendChild(el("p", {}, message.text));
      // The contacts the build wrote from config.json (xtask/src/noscript.rs).
      var contacts = document.getElementById("contacts-template");
      // Browsers without <template> (Internet Explorer) hold its children as nodes.
      var source = contacts ? contacts.content || contacts : null;
      for (var i = 0; source && i < source.childNodes.length; i++) box.appendChild(source.childNodes[i].cloneNode(true));
      while (main.firstChild) main.removeChild(main.firstChild);
      main.appendChild(box);
    } catch (e) {
      // Leave the page as it is rather than fail a second time.
    }
  }

  // Deferred, so the loading frame is parsed by now; guarded all the same.
  function whenParsed(fn) {
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", fn);
    else fn();
  }

  try {
    if (typeof WebAssembly !== "object" || typeof WebAssembly.instantiate !== "function") {
      whenParsed(function () {
        show("no-wasm");
      });
      return;
    }
    // boot.js runs first (a plain script in <head>); without it nothing can start.
    var boot = window.spoBoot;
    if (!boot) {
      whenParsed(function () {
        show("failed");
      });
      return;
    }
    // On a prerendered page the app starts only when someone is there (boot.js), so
    // errors and the wait count only from then on.
    var starting = function () {
      return boot.started;
    };
    // A failed start surfaces as an uncaught error while the loading frame is still up.
    window.addEventListener("error", function () {
      if (frame() && starting()) show("failed");
    });
    window.addEventListener("unhandledrejection", function () {
      if (frame() && starting()) show("failed");
    });
    var timing = false;
    var time = function () {
      if (timing) return;
      timing = true;
      setTimeout(function () {
        if (frame()) show("slow");
      }, SLOW_MS);
    };
    if (starting()) time();
    window.addEventListener("spo:app-starting", time);
  } catch (e) {
    // Nothing more to do.
  }
})();
