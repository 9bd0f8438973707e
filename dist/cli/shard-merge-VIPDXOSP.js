import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  mergeShardReports
} from "./chunk-7JJNG5ZR.js";
import "./chunk-JNUKRGWE.js";
import "./chunk-BGRAV4BC.js";
import "./chunk-OBZS2L2K.js";
import "./chunk-TMQW7SNJ.js";
import "./chunk-RAXYFFWG.js";
import "./chunk-TB6QAKHI.js";
export {
  mergeShardReports
};
