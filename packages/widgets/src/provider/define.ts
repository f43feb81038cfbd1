import { define } from "../internal/define-element.js";
import { CwdProvider } from "./provider.js";

define("cwd-provider", CwdProvider);
