import { define } from "../internal/define.js";
import { CwdProvider } from "./provider.js";

define("cwd-provider", CwdProvider);
