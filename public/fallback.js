// Shown instead of the app when it cannot start: the browser has no WebAssembly, the
// start failed, or it is taking far too long. Written for old browsers on purpose (no
// arrow functions, XMLHttpRequest rather than fetch): those are the ones that land here.
// Everything is built with textContent, so nothing in config.json can become markup,
// and every step is guarded: this script must never be the thing that breaks the page.
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

  // What each contact is for, in the order shown (the same as the no-JavaScript message).
  var CONTACTS = [
    ["service_support", "Problems with this site"],
    ["stalking_unit", "Stalking Protection Orders"],
    ["legal_services", "Legal advice on an application"],
    ["youth_justice_service", "Respondents under 18"]
  ];

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
      var list = el("ul", { "class": "list", id: "fallback-contacts" });
      box.appendChild(list);
      while (main.firstChild) main.removeChild(main.firstChild);
      main.appendChild(box);
      loadContacts(box, list);
    } catch (e) {
      // Leave the page as it is rather than fail a second time.
    }
  }

  function loadContacts(box, list) {
    try {
      var request = new XMLHttpRequest();
      // Relative to <base>, so it works under a sub-path too.
      request.open("GET", "config.json");
      request.onload = function () {
        try {
          var contacts = JSON.parse(request.responseText).contacts || {};
          var any = false;
          for (var i = 0; i < CONTACTS.length; i++) {
            var c = contacts[CONTACTS[i][0]];
            if (!c || !c.name) continue;
            var ways = [];
            if (c.email) ways.push("email " + c.email);
            if (c.phone) ways.push("phone " + c.phone);
            var item = el("li", {}, CONTACTS[i][1] + ": ");
            item.appendChild(el("strong", {}, String(c.name)));
            if (ways.length) item.appendChild(document.createTextNode(", " + ways.join(", ")));
            list.appendChild(item);
            any = true;
          }
          if (any) box.insertBefore(el("h2", { "class": "heading-m" }, "Who to contact"), list);
        } catch (e) {
          // No readable contacts: the message already names the IT service desk.
        }
      };
      request.send();
    } catch (e) {
      // As above.
    }
  }

  try {
    if (typeof WebAssembly !== "object" || typeof WebAssembly.instantiate !== "function") {
      // Loaded async, so the loading frame may not be parsed yet.
      if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", function () {
          show("no-wasm");
        });
      } else {
        show("no-wasm");
      }
      return;
    }
    // A failed start surfaces as an uncaught error while the loading frame is still up.
    window.addEventListener("error", function () {
      if (frame()) show("failed");
    });
    window.addEventListener("unhandledrejection", function () {
      if (frame()) show("failed");
    });
    setTimeout(function () {
      if (frame()) show("slow");
    }, SLOW_MS);
  } catch (e) {
    // Nothing more to do.
  }
})();
