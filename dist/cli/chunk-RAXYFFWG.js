import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/core/errors.ts
var UserError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "UserError";
  }
};

export {
  UserError
};
