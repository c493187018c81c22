// A browser-only stand-in for the `side-channel` package, which `qs` (through @refinedev/core's URL sync) uses only
// to detect cycles while stringifying. The package's own fallbacks for engines without WeakMap/Map bring
// object-inspect, get-intrinsic, call-bind and es-errors into the first load: ~11 KB gzip for a 10-line job.
// Same API (assert, delete, get, has, set), same semantics: objects are held weakly, primitives in a Map.
// CommonJS like the package it stands for: qs `require`s it and calls what it gets (an ES default export would
// reach qs as a namespace object, not a function).
module.exports = function getSideChannel() {
  const weak = new WeakMap();
  const strong = new Map();
  const store = (key) => (key !== null && (typeof key === 'object' || typeof key === 'function') ? weak : strong);
  const channel = {
    assert(key) {
      if (!channel.has(key)) throw new TypeError('Side channel does not contain the given key');
    },
    delete: (key) => store(key).delete(key),
    get: (key) => store(key).get(key),
    has: (key) => store(key).has(key),
    set(key, value) {
      store(key).set(key, value);
    },
  };
  return channel;
};
