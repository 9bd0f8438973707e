import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  DEFAULT_LIMITS,
  formatOf,
  oversizedDocument,
  parseDocument,
  parseDocumentWithPositions,
  pointerOf,
  segmentsOf
} from "./chunk-OXKGPKZ2.js";
import "./chunk-TB6QAKHI.js";
export {
  DEFAULT_LIMITS,
  formatOf,
  oversizedDocument,
  parseDocument,
  parseDocumentWithPositions,
  pointerOf,
  segmentsOf
};
