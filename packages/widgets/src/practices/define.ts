import { define } from "../internal/define-element.js";
import { CwdPractices } from "./practices.js";

define("cwd-practices", CwdPractices);
