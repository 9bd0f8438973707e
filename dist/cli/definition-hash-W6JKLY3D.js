import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  canonicalJson,
  definitionHash
} from "./chunk-IULPQKPB.js";
import "./chunk-TB6QAKHI.js";
export {
  canonicalJson,
  definitionHash
};
