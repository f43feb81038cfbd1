import { describeStories, type Settled } from "../test/stories.js";
import * as stories from "./survey-results.stories.js";

/** What each story settles on. */
const settled: Settled = {
  Default: (root) => root.querySelector("table"),
  English: (root) => root.textContent?.includes("Respondents: 12"),
  Crosstab: (root) => root.querySelector("table.crosstab"),
  FilteredByMember: (root) => root.textContent?.includes("Komórki z mniej niż 5"),
  Loading: (root) => root.querySelector('[aria-busy="true"]'),
  LoadFailed: (root) => root.querySelector('[role="alert"]'),
  NotPublicYet: (root) => root.querySelector('[part="notice"]'),
};

describeStories("cwd-survey-results", stories, settled, { cleanUp: () => localStorage.clear() });
