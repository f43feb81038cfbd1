import { describeStories, type Settled } from "../test/stories.js";
import * as stories from "./consultation.stories.js";

/** What each story settles on. */
const settled: Settled = {
  Open: (root) => root.textContent?.includes("Zostało"),
  English: (root) => root.textContent?.includes("Time left"),
  Upcoming: (root) => root.textContent?.includes("rozpoczną się"),
  Closed: (root) => root.textContent?.includes("zakończyły się"),
  Reported: (root) => root.querySelector('[part="report"] li'),
  ErrorWithRetry: (root) => root.textContent?.includes("Nie udało się"),
};

describeStories("cwd-consultation", stories, settled);
