/* The sandboxed player has an opaque origin, where reading localStorage or
   sessionStorage throws. Parts of H5P core (the offline request queue) use
   them; give them a storage that lives as long as the page. Nothing here is
   persisted: resume state goes to the server through the platform page. */
(function () {
  "use strict";
  function MemoryStorage() {
    var items = {};
    return {
      get length() {
        return Object.keys(items).length;
      },
      key: function (index) {
        return Object.keys(items)[index] || null;
      },
      getItem: function (key) {
        return Object.prototype.hasOwnProperty.call(items, key) ? items[key] : null;
      },
      setItem: function (key, value) {
        items[key] = String(value);
      },
      removeItem: function (key) {
        delete items[key];
      },
      clear: function () {
        items = {};
      }
    };
  }
  ["localStorage", "sessionStorage"].forEach(function (name) {
    try {
      if (window[name]) {
        return;
      }
    } catch (error) {
      /* opaque origin: fall through to the shim */
    }
    Object.defineProperty(window, name, { configurable: true, value: new MemoryStorage() });
  });
})();
