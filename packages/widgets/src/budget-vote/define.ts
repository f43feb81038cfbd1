// The provider is registered first: an element that upgrades before its provider exists would ask
// for a store that nobody answers.
import "../provider/register.js";
import { define } from "../internal/define-element.js";
import { CwdBudgetVote } from "./budget-vote.js";

define("cwd-budget-vote", CwdBudgetVote);
