import { describeStories, type Settled } from "../test/stories.js";
import * as stories from "./practices.stories.js";

const settled: Settled = {
  Default: (root) => root.querySelector("article"),
  English: (root) => root.textContent?.includes("Good practices") && root.querySelector("article"),
  Empty: (root) => root.textContent?.includes("Brak dobrych praktyk"),
};

describeStories("cwd-practices", stories, settled);
