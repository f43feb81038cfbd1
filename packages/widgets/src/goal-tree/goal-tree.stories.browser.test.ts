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
  // Far fewer rows drawn than the 2,000 goals open, each still saying where it is in the tree.
  ThousandsOfGoals: (root) => {
    const rows = root.querySelectorAll('[role="treeitem"]');
    return rows.length > 5 && rows.length < 100 && rows[0]?.getAttribute("aria-setsize");
  },
};

describeStories("cwd-goal-tree", stories, settled);
