import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  B3osApiError,
  describeErrorBody,
  describeNetworkError,
  describeText,
  redact
} from "./chunk-6NRE5UXC.js";
import "./chunk-TB6QAKHI.js";
export {
  B3osApiError,
  describeErrorBody,
  describeNetworkError,
  describeText,
  redact
};
