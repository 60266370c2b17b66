// Exercise workspace: autosave, countdown, confirmations, instant table search.
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
          say("error", data.error);
          if (response.status === 409) pending = null;
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

  var search = document.querySelector("[data-table-search]");
  var table = document.querySelector("table[data-sortable] tbody");
  if (search && table) {
    // Screen readers hear how many rows the typed words leave.
    var found = document.createElement("span");
    found.className = "search-count";
    found.setAttribute("role", "status");
    found.setAttribute("aria-live", "polite");
    search.parentNode.appendChild(found);
    search.addEventListener("input", function () {
      var words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
      var shown = 0;
      table.querySelectorAll("tr").forEach(function (row) {
        var text = row.textContent.toLowerCase();
        row.hidden = !words.every(function (w) { return text.indexOf(w) !== -1; });
        if (!row.hidden) shown += 1;
      });
      found.textContent = words.length
        ? interpolate(
            ngettext("%(count)s consignment matches", "%(count)s consignments match", shown),
            { count: shown },
            true
          )
        : "";
    });
  }
})();
