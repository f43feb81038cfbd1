// The counting code (the budgeting rules and their schemas) is loaded only for the results view:
// a resident who votes does not download it.
export { countBallots } from "@cwd/core";
