import { describeStories, type Settled } from "../test/stories.js";
import * as stories from "./events.stories.js";

const settled: Settled = {
  Default: (root) => root.querySelector("article"),
  English: (root) => root.textContent?.includes("Calendar of meetings") && root.querySelector("article"),
  Empty: (root) => root.textContent?.includes("Brak wydarzeń"),
  Full: (root) => root.querySelector("form"),
  Loading: (root) => root.querySelector('[aria-busy="true"]'),
  ErrorWithRetry: (root) => root.querySelector("[role=alert] button"),
};

describeStories("cwd-events", stories, settled);
