// The provider is registered first: practices read from a store ask it for one.
import "../provider/register.js";
import { define } from "../internal/define-element.js";
import { CwdPractices } from "./practices.js";

define("cwd-practices", CwdPractices);
