import { define } from "../internal/define-element.js";
import { CwdModeration } from "./moderation.js";

define("cwd-moderation", CwdModeration);
