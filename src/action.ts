import { runAction } from './run/action-main.js';

await runAction();
