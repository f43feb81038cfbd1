// The provider is registered first: comments that upgrade before their provider exists would ask
// for a store that nobody answers.
import "../provider/register.js";
import { define } from "../internal/define-element.js";
import { CwdComments } from "./comments.js";

define("cwd-comments", CwdComments);
