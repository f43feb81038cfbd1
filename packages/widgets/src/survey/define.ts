// The provider is registered first: a survey that upgrades before its provider exists would ask
// for a store that nobody answers.
import "../provider/register.js";
import { define } from "../internal/define-element.js";
import { CwdSurvey } from "./survey.js";

define("cwd-survey", CwdSurvey);
