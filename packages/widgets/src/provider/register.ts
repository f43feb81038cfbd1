// Registers cwd-provider. Every element's define.ts imports this module, not the provider's own
// define.ts: the browser build keeps it in the shared kit chunk, whereas importing the provider's
// entry module would make each element's page fetch that entry file as well.
import { define } from "../internal/define-element.js";
import { CwdProvider } from "./provider.js";

define("cwd-provider", CwdProvider);
