/* Runs inside the isolated player iframe (no cookies, no access to the
   platform page). Starts h5p-standalone on the package and relays xAPI
   statements, resume state and the content height to the platform page,
   which alone talks to the server. */
(function () {
  "use strict";
  var config = JSON.parse(document.getElementById("h5p-config").textContent);
  var assets = JSON.parse(document.getElementById("h5p-assets").textContent);
  var lastState = config.previousState || null;

  function send(message) {
    message.channel = "pcu-h5p";
    window.parent.postMessage(message, config.parentOrigin);
  }

  function currentState() {
    var instance = window.H5P && window.H5P.instances && window.H5P.instances[0];
    if (instance && typeof instance.getCurrentState === "function") {
      var state = instance.getCurrentState();
      return state === undefined ? null : JSON.stringify(state);
    }
    var content = window.H5PIntegration && window.H5PIntegration.contents["cid-" + config.contentId];
    var data = content && content.contentUserData && content.contentUserData[0];
    return data && typeof data.state === "string" ? data.state : null;
  }

  function reportState() {
    var state = currentState();
    if (state !== null && state !== lastState) {
      lastState = state;
      send({ type: "state", state: state });
    }
  }

  function reportHeight() {
    send({ type: "resize", height: Math.ceil(document.documentElement.scrollHeight) });
  }

  var options = {
    id: config.contentId,
    h5pJsonPath: config.packageUrl,
    frameJs: assets.frameJs,
    frameCss: assets.frameCss,
    // This page already is the isolated iframe: H5P renders straight into it.
    embedType: "div",
    xAPIObjectIRI: config.objectIri,
    translations: config.translations,
    frame: false,
    copyright: false,
    export: false,
    embed: false,
    icon: false,
    fullScreen: false,
    // Needed for H5P to hand the previous state to the content. With no
    // `user` set, H5P itself never calls a server.
    saveFreq: 5
  };
  if (config.previousState) {
    options.contentUserData = [{ state: config.previousState }];
  }

  new H5PStandalone.H5P(document.getElementById("h5p-container"), options).then(function () {
    H5P.externalDispatcher.on("xAPI", function (event) {
      send({ type: "xapi", statement: event.data.statement });
      window.setTimeout(reportState, 0);
    });
    window.setInterval(reportState, 3000);
    send({ type: "ready" });
    reportHeight();
    if (window.ResizeObserver) {
      new ResizeObserver(reportHeight).observe(document.body);
    } else {
      window.setInterval(reportHeight, 1000);
    }
  }).catch(function (error) {
    send({ type: "error", message: String(error && error.message ? error.message : error) });
  });
})();
