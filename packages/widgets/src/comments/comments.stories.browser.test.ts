import { describeStories, type Settled } from "../test/stories.js";
import * as stories from "./comments.stories.js";

/** What each story settles on. */
const settled: Settled = {
  Default: (root) => root.querySelector('[part="answer"]'),
  English: (root) => root.textContent?.includes("The partnership's answer"),
  Empty: (root) => root.textContent?.includes("Nikt jeszcze"),
  AwaitingModeration: (root) => root.querySelector("form"),
  Closed: (root) => root.textContent?.includes("Konsultacje są zamknięte"),
  Loading: (root) => root.querySelector('[aria-busy="true"]'),
  ErrorWithRetry: (root) => root.textContent?.includes("Nie udało się wczytać"),
};

describeStories("cwd-comments", stories, settled);
