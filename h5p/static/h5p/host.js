/* Runs on the platform page. Each H5P player is an isolated iframe that
   cannot reach this page, its cookies or its CSRF token; it posts messages
   here, and this script sends them to the server with the CSRF token.
   Statements that fail to arrive wait in localStorage and are sent again
   (with growing delays, and on the next page load). */
(function () {
  "use strict";
  if (window.pcuH5PHost) {
    return;
  }
  window.pcuH5PHost = true;

  // Texts from the platform's JavaScript catalogue (/<lang>/jsi18n/, loaded
  // by base.html); without it they stay in English.
  var gettext = window.gettext || function (text) {
    return text;
  };
  var MESSAGES = {
    saving: gettext("Saving your result…"),
    saved: gettext("Your result is saved."),
    retrying: gettext("Could not reach the server; your result will be sent again automatically."),
    refused: gettext("The server refused this result:")
  };

  var QUEUE_PREFIX = "pcu-h5p-queue-";
  var players = [];
  // One queue per user, shared by every player on the page, sent one item at a time.
  var shared = { sending: false, delay: 2000, timer: null };

  function newSession() {
    if (window.crypto && window.crypto.randomUUID) {
      return window.crypto.randomUUID();
    }
    return "s-" + Date.now().toString(36) + "-" + Math.random().toString(36).slice(2, 12);
  }

  function loadQueue(key) {
    try {
      return JSON.parse(window.localStorage.getItem(key) || "[]");
    } catch (error) {
      return [];
    }
  }

  function saveQueue(key, queue) {
    try {
      window.localStorage.setItem(key, JSON.stringify(queue));
    } catch (error) {
      /* storage full or disabled: the queue lives in memory only */
    }
  }

  function Player(root) {
    this.root = root;
    this.frame = root.querySelector("iframe");
    this.status = root.querySelector(".h5p-player-status");
    this.data = root.dataset;
    this.session = newSession();
    this.queueKey = QUEUE_PREFIX + this.data.user;
  }

  Player.prototype.say = function (text) {
    if (this.status) {
      this.status.textContent = text;
    }
  };

  Player.prototype.post = function (url, body) {
    return window.fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRFToken": this.data.csrf },
      body: JSON.stringify(body)
    });
  };

  Player.prototype.enqueue = function (statement) {
    var queue = loadQueue(this.queueKey);
    queue.push({
      url: this.data.xapiUrl,
      body: {
        statement: statement,
        session: this.session,
        lesson: this.data.lesson || null,
        block: this.data.block || null
      }
    });
    saveQueue(this.queueKey, queue);
    this.flush();
  };

  function ownerOf(item, fallback) {
    for (var i = 0; i < players.length; i++) {
      var data = players[i].data;
      if (data.xapiUrl === item.url && (data.block || null) === (item.body.block || null)) {
        return players[i];
      }
    }
    return fallback;
  }

  Player.prototype.flush = function () {
    var self = this;
    if (shared.sending) {
      return;
    }
    var queue = loadQueue(self.queueKey);
    if (!queue.length) {
      return;
    }
    shared.sending = true;
    var item = queue[0];
    var owner = ownerOf(item, self);
    owner.say(MESSAGES.saving);
    self.post(item.url, item.body).then(function (response) {
      return response.json().catch(function () {
        return {};
      }).then(function (payload) {
        return { response: response, payload: payload };
      });
    }).then(function (result) {
      shared.sending = false;
      var status = result.response.status;
      if (result.response.ok || (status >= 400 && status < 500 && status !== 408 && status !== 429)) {
        // Stored, or refused for good: either way it leaves the queue.
        var rest = loadQueue(self.queueKey);
        rest.shift();
        saveQueue(self.queueKey, rest);
        shared.delay = 2000;
        if (result.response.ok) {
          owner.say(MESSAGES.saved);
          owner.root.dispatchEvent(new CustomEvent("h5p:saved", { bubbles: true, detail: result.payload }));
        } else {
          owner.say(MESSAGES.refused + " " + (result.payload.error || status));
        }
        self.flush();
      } else {
        self.retry(owner);
      }
    }).catch(function () {
      shared.sending = false;
      self.retry(owner);
    });
  };

  Player.prototype.retry = function (owner) {
    var self = this;
    (owner || self).say(MESSAGES.retrying);
    window.clearTimeout(shared.timer);
    shared.timer = window.setTimeout(function () {
      self.flush();
    }, shared.delay);
    shared.delay = Math.min(shared.delay * 2, 60000);
  };

  Player.prototype.saveState = function (state) {
    // Only the newest state matters; a failed save is tried again unless a
    // newer state has replaced it meanwhile.
    var self = this;
    self.pendingState = state;
    window.clearTimeout(self.stateTimer);
    self.post(self.data.stateUrl, {
      state: state,
      lesson: self.data.lesson || null,
      block: self.data.block || null
    }).then(function (response) {
      if (response.status >= 500 || response.status === 429) {
        throw new Error("state not saved");
      }
    }).catch(function () {
      self.stateTimer = window.setTimeout(function () {
        if (self.pendingState === state) {
          self.saveState(state);
        }
      }, 3000);
    });
  };

  Player.prototype.receive = function (message) {
    if (message.type === "xapi") {
      this.enqueue(message.statement);
    } else if (message.type === "state" && typeof message.state === "string") {
      this.saveState(message.state);
    } else if (message.type === "resize" && typeof message.height === "number") {
      this.frame.style.height = Math.max(120, Math.min(message.height, 20000)) + "px";
    } else if (message.type === "ready") {
      this.root.dataset.ready = "true";
    } else if (message.type === "error") {
      this.root.dataset.error = String(message.message);
      window.console.error("H5P player: " + message.message);
    }
  };

  // A stored result may complete the lesson: the page's parts that say so
  // (marked data-refresh="name") are read again from the server and swapped
  // in, leaving the players (and what is being played) as they are.
  var refreshing = null;

  function refreshLessonParts() {
    if (refreshing) {
      refreshing.again = true;
      return;
    }
    refreshing = { again: false };
    window.fetch(window.location.href, {
      credentials: "same-origin",
      headers: { Accept: "text/html" },
      cache: "no-store"
    }).then(function (response) {
      return response.ok ? response.text() : null;
    }).then(function (html) {
      if (!html) {
        return;
      }
      var fresh = new DOMParser().parseFromString(html, "text/html");
      var parts = document.querySelectorAll("[data-refresh]");
      for (var i = 0; i < parts.length; i++) {
        var name = parts[i].getAttribute("data-refresh");
        var found = fresh.querySelectorAll("[data-refresh]");
        for (var j = 0; j < found.length; j++) {
          if (found[j].getAttribute("data-refresh") === name) {
            parts[i].replaceWith(document.importNode(found[j], true));
            break;
          }
        }
      }
    }).catch(function () {
      /* the next load shows it */
    }).then(function () {
      var again = refreshing.again;
      refreshing = null;
      if (again) {
        refreshLessonParts();
      }
    });
  }

  document.addEventListener("h5p:saved", function (event) {
    var detail = event.detail || {};
    var player = event.target;
    if (detail.attempt && player && player.dataset && player.dataset.lesson) {
      refreshLessonParts();
    }
  });

  window.addEventListener("message", function (event) {
    var message = event.data;
    if (!message || message.channel !== "pcu-h5p") {
      return;
    }
    for (var i = 0; i < players.length; i++) {
      var player = players[i];
      if (event.source === player.frame.contentWindow && event.origin === player.data.frameOrigin) {
        player.receive(message);
        return;
      }
    }
  });

  function start() {
    var roots = document.querySelectorAll("[data-h5p-player]");
    for (var i = 0; i < roots.length; i++) {
      players.push(new Player(roots[i]));
    }
    if (players.length) {
      players[0].flush();
    }
    window.addEventListener("online", function () {
      if (players.length) {
        players[0].flush();
      }
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
