import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  createB3osClient
} from "./chunk-6AA244QS.js";
import "./chunk-RAXYFFWG.js";
import {
  B3osApiError
} from "./chunk-6NRE5UXC.js";
import "./chunk-TB6QAKHI.js";
export {
  B3osApiError,
  createB3osClient
};
