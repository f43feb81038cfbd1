// The provider is registered first: a tree that upgrades before its provider exists would ask for
// a store that nobody answers.
import "../provider/register.js";
import { define } from "../internal/define-element.js";
import { CwdGoalTree } from "./goal-tree.js";

define("cwd-goal-tree", CwdGoalTree);
