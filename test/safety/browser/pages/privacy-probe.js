// Runs before dist/embed.js on privacy.html. Wraps every way a page can send something or store
// something, records each call (with the stack, to say who made it), and snapshots storage, so the
// test can compare before and after. Nothing is blocked: a call is recorded, then made as usual.
(function () {
  var record = { calls: [], before: {}, beforeDatabases: null, beforeCaches: null };
  window.__shgPrivacy = record;
  if (new URLSearchParams(location.search).get('lang') === 'cy') document.documentElement.lang = 'cy';

  function note(api, detail) {
    record.calls.push({ api: api, detail: String(detail === undefined ? '' : detail).slice(0, 200), stack: String(new Error().stack || '').slice(0, 600) });
  }
  function wrapMethod(owner, name, api) {
    if (!owner || typeof owner[name] !== 'function') return;
    var original = owner[name];
    owner[name] = function () {
      note(api, arguments[0]);
      return original.apply(this, arguments);
    };
  }
  function wrapConstructor(name) {
    var Original = window[name];
    if (typeof Original !== 'function') return;
    var Wrapped = function () {
      note(name, arguments[0]);
      return Reflect.construct(Original, arguments, new.target || Original);
    };
    Wrapped.prototype = Original.prototype;
    Object.setPrototypeOf(Wrapped, Original);
    window[name] = Wrapped;
  }
  function wrapSetter(proto, property, api) {
    for (var p = proto; p; p = Object.getPrototypeOf(p)) {
      var descriptor = Object.getOwnPropertyDescriptor(p, property);
      if (!descriptor || !descriptor.set) continue;
      var set = descriptor.set;
      Object.defineProperty(p, property, {
        configurable: true,
        enumerable: descriptor.enumerable,
        get: descriptor.get,
        set: function (value) {
          note(api, value);
          set.call(this, value);
        },
      });
      return;
    }
  }

  // Network: every API that can send a request or open a connection.
  wrapMethod(window, 'fetch', 'fetch');
  wrapMethod(XMLHttpRequest.prototype, 'open', 'XMLHttpRequest');
  wrapMethod(navigator, 'sendBeacon', 'sendBeacon');
  wrapMethod(window, 'open', 'window.open');
  ['WebSocket', 'EventSource', 'Worker', 'SharedWorker', 'RTCPeerConnection', 'Image'].forEach(wrapConstructor);
  wrapSetter(HTMLImageElement.prototype, 'src', 'img.src');
  wrapSetter(HTMLAnchorElement.prototype, 'ping', 'a.ping');
  if (navigator.serviceWorker) wrapMethod(Object.getPrototypeOf(navigator.serviceWorker), 'register', 'serviceWorker.register');
  if (navigator.geolocation) {
    wrapMethod(Object.getPrototypeOf(navigator.geolocation), 'getCurrentPosition', 'geolocation');
    wrapMethod(Object.getPrototypeOf(navigator.geolocation), 'watchPosition', 'geolocation');
  }

  // Storage: every API that can keep something about the reader.
  wrapMethod(Storage.prototype, 'setItem', 'Storage.setItem');
  wrapMethod(Storage.prototype, 'removeItem', 'Storage.removeItem');
  wrapMethod(Storage.prototype, 'clear', 'Storage.clear');
  wrapSetter(Object.getPrototypeOf(document), 'cookie', 'document.cookie');
  if (window.indexedDB) {
    wrapMethod(Object.getPrototypeOf(indexedDB), 'open', 'indexedDB.open');
    wrapMethod(Object.getPrototypeOf(indexedDB), 'deleteDatabase', 'indexedDB.deleteDatabase');
  }
  if (window.caches) {
    wrapMethod(Object.getPrototypeOf(caches), 'open', 'caches.open');
    wrapMethod(Object.getPrototypeOf(caches), 'delete', 'caches.delete');
  }
  if (window.cookieStore) {
    wrapMethod(Object.getPrototypeOf(cookieStore), 'set', 'cookieStore.set');
    wrapMethod(Object.getPrototypeOf(cookieStore), 'delete', 'cookieStore.delete');
  }

  // Storage as it stands before the bundle runs; the test takes the same snapshot after.
  window.__shgStorageSnapshot = function () {
    function entries(storage) {
      var out = {};
      for (var i = 0; i < storage.length; i += 1) out[storage.key(i)] = storage.getItem(storage.key(i));
      return out;
    }
    return { cookie: document.cookie, localStorage: entries(localStorage), sessionStorage: entries(sessionStorage) };
  };
  window.__shgStoreNames = function () {
    var databases = window.indexedDB && indexedDB.databases ? indexedDB.databases().then(function (list) { return list.map(function (d) { return d.name; }).sort(); }) : Promise.resolve(null);
    var cacheNames = window.caches ? caches.keys().then(function (k) { return k.sort(); }) : Promise.resolve(null);
    return Promise.all([databases, cacheNames]).then(function (r) { return { databases: r[0], caches: r[1] }; });
  };
  record.before = window.__shgStorageSnapshot();
  record.beforeStores = window.__shgStoreNames();
  if (performance.setResourceTimingBufferSize) performance.setResourceTimingBufferSize(1000);
})();
