import { describeStories, type Settled } from "../test/stories.js";
import * as stories from "./action-plan.stories.js";

const settled: Settled = {
  Default: (root) => root.querySelector("li.action"),
  English: (root) => root.textContent?.includes("Joint action plan") && root.querySelector("li.action"),
  ByMember: (root) => root.querySelector("h3")?.textContent?.includes("Gmina"),
  Sample: (root) => root.querySelector(".sample") && root.querySelector("li.action"),
  Narrow: (root) => root.querySelector("li.action"),
  Empty: (root) => root.textContent?.includes("nie ma jeszcze"),
  Loading: (root) => root.querySelector('[aria-busy="true"]'),
  ErrorWithRetry: (root) => root.querySelector("[role=alert] button"),
};

describeStories("cwd-action-plan", stories, settled);
