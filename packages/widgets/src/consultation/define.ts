// The provider is registered first: a consultation that upgrades before its provider exists would
// ask for a store that nobody answers.
import "../provider/register.js";
import { define } from "../internal/define-element.js";
import { CwdConsultation } from "./consultation.js";

define("cwd-consultation", CwdConsultation);
