// Exercise workspace: autosave, countdown, confirmations.
// Small on purpose: every page also works as plain forms without it.
// Its texts come from the platform's JavaScript catalogue (/<lang>/jsi18n/,
// loaded by base.html); without it they stay in English.
(function () {
  "use strict";

  var gettext = window.gettext || function (text) { return text; };
  var ngettext = window.ngettext || function (one, many, n) { return n === 1 ? one : many; };
  var interpolate = window.interpolate || function (format, values) {
    return format.replace(/%\((\w+)\)s/g, function (_match, key) { return String(values[key]); });
  };

  var MESSAGES = {
    saving: gettext("Saving…"),
    saved: gettext("All changes saved"),
    offline: gettext("Not saved: no connection. Your change will be sent again."),
    busy: gettext("Not saved yet: the server is busy. Your change will be sent again."),
  };

  var status = document.querySelector("[data-save-status]");

  function say(kind, text) {
    if (!status) return;
    status.textContent = text || MESSAGES[kind] || "";
    status.className = "save-status save-" + kind;
  }

  function setRevision(revision) {
    document.querySelectorAll("input[name=revision]").forEach(function (input) {
      input.value = revision;
    });
  }

  var pending = null;

  // The "select this container" box of a form, and what the server last
  // accepted for it: a refused change (over the budget, a closed attempt)
  // must not stay ticked on the screen.
  function selectedBox(form) {
    return form.querySelector("input[type=checkbox][name=selected]");
  }

  function remember(form) {
    var box = selectedBox(form);
    if (box) box.setAttribute("data-saved", box.checked ? "1" : "");
  }

  function restore(form) {
    var box = selectedBox(form);
    if (box) box.checked = box.getAttribute("data-saved") === "1";
  }

  function retryLater(form, kind) {
    say(kind);
    pending = form;
    window.setTimeout(function () {
      if (pending === form) save(form);
    }, 5000);
  }

  function serverError(status) {
    // The server answered, but not with a result: never "no connection".
    say(
      "error",
      interpolate(gettext("Not saved: the server answered with an error (%(status)s). Reload the page and try again."), { status: status }, true)
    );
    pending = null;
  }

  function answered(form, response) {
    var type = response.headers.get("Content-Type") || "";
    if (type.indexOf("application/json") === -1) {
      // An error page (from the server or a proxy), not our answer.
      if (response.status === 502 || response.status === 503 || response.status === 504) {
        retryLater(form, "busy");
      } else {
        serverError(response.status);
      }
      return null;
    }
    return response.json().then(
      function (data) {
        if (data.ok) {
          remember(form);
          setRevision(data.revision);
          var count = document.querySelector("[data-selected-count]");
          if (count && data.selected_label) count.textContent = data.selected_label;
          say("saved");
          pending = null;
        } else if (response.status === 503 || response.status === 429) {
          // Database briefly down or too many saves: nothing was stored;
          // keep the form and send it again.
          retryLater(form, "busy");
        } else {
          // Refused: nothing was recorded, so the form shows what is stored.
          say("error", data.error);
          restore(form);
          pending = null;
        }
      },
      function () {
        serverError(response.status);
      }
    );
  }

  function save(form) {
    say("saving");
    var body = new FormData(form);
    return fetch(form.getAttribute("action") || window.location.pathname, {
      method: "POST",
      body: body,
      credentials: "same-origin",
      headers: { Accept: "application/json" },
    }).then(
      function (response) {
        return answered(form, response);
      },
      function () {
        // Only a failed request lands here: offline or server unreachable.
        // Keep the form and retry shortly.
        retryLater(form, "offline");
      }
    );
  }

  document.querySelectorAll("form[data-autosave]").forEach(function (form) {
    var timer = null;
    remember(form);
    function later() {
      window.clearTimeout(timer);
      timer = window.setTimeout(function () {
        save(form);
      }, 700);
    }
    form.addEventListener("change", later);
    form.addEventListener("input", function (event) {
      if (event.target.tagName === "TEXTAREA" || event.target.type === "text") later();
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      window.clearTimeout(timer);
      save(form);
    });
  });

  document.querySelectorAll("form[data-confirm]").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      if (!window.confirm(form.getAttribute("data-confirm"))) event.preventDefault();
    });
  });

  var clock = document.querySelector("[data-countdown]");
  if (clock) {
    var end = Date.now() + parseInt(clock.getAttribute("data-countdown"), 10) * 1000;
    var tick = function () {
      var left = Math.max(0, Math.round((end - Date.now()) / 1000));
      var m = Math.floor(left / 60);
      var s = left % 60;
      clock.textContent = (m < 10 ? "0" : "") + m + ":" + (s < 10 ? "0" : "") + s;
      if (left <= 60) clock.classList.add("countdown-low");
      if (left === 0) {
        say("closing", gettext("Time is up. Your attempt is being closed with what was saved."));
        // The server closes the attempt with what was saved; reloading shows the debrief.
        window.setTimeout(function () { window.location.reload(); }, 1500);
        return;
      }
      window.setTimeout(tick, 1000);
    };
    tick();
  }

})();
