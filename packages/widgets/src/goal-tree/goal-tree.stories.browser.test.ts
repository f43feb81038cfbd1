import { describeStories, type Settled } from "../test/stories.js";
import * as stories from "./goal-tree.stories.js";

const settled: Settled = {
  Default: (root) => root.querySelectorAll('[role="treeitem"]').length === 5,
  Expanded: (root) => root.querySelectorAll('[role="treeitem"]').length === 8,
  English: (root) =>
    root.textContent?.includes("Strategy goals") || root.querySelector('[aria-label="Strategy goals"]'),
  Loading: (root) => root.querySelector('[aria-busy="true"]'),
  LoadError: (root) => root.querySelector('[role="alert"]'),
  Empty: (root) => root.textContent?.includes("nie ma jeszcze celów"),
};

describeStories("cwd-goal-tree", stories, settled);
