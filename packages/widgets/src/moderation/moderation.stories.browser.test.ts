import { describeStories, type Settled } from "../test/stories.js";
import * as stories from "./moderation.stories.js";

/** What each story settles on. */
const settled: Settled = {
  Queue: (root) => root.textContent?.includes("Do moderacji (2)"),
  English: (root) => root.textContent?.includes("To moderate (2)"),
  AllComments: (root) => root.textContent?.includes("Wszystkie komentarze (3)"),
  TokenNeeded: (root) => root.querySelector('input[type="password"]'),
  Empty: (root) => root.textContent?.includes("Nic nie czeka na moderację."),
  LoadFailed: (root) => root.textContent?.includes("Nie udało się wczytać komentarzy."),
};

describeStories("cwd-moderation", stories, settled, { cleanUp: () => sessionStorage.clear() });
