import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/core/config-label.ts
var PROPOSED = "the configuration this change proposes";
function shortRef(ref) {
  return /^[0-9a-f]{7,64}$/i.test(ref) ? ref.slice(0, 7) : ref;
}

export {
  PROPOSED,
  shortRef
};
