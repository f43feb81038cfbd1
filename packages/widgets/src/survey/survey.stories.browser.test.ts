import { describeStories, type Settled } from "../test/stories.js";
import * as stories from "./survey.stories.js";

/** What each story settles on: the text or element that shows its state has been reached. */
const settled: Settled = {
  Default: (root) => root.querySelector("form"),
  English: (root) => root.querySelector("form"),
  WithDeadline: (root) => root.textContent?.includes("31 grudnia 2030"),
  Loading: (root) => root.querySelector('[aria-busy="true"]'),
  ErrorWithRetry: (root) => root.textContent?.includes("Nie udało się wczytać"),
  NotFound: (root) => root.textContent?.includes("Nie znaleziono"),
  Closed: (root) => root.textContent?.includes("zamknięta"),
  Draft: (root) => root.textContent?.includes("nie jest jeszcze dostępna"),
  OnePage: (root) => root.querySelectorAll("fieldset.section").length > 1,
  SecondStep: (root) => root.querySelector("button.back") && root.textContent?.includes("2 z 2"),
  StepInvalid: (root) => root.querySelector('[aria-invalid="true"]'),
  Invalid: (root) => root.querySelector(".summary"),
  Submitted: (root) => root.querySelector(".thanks"),
  EveryQuestionType: (root) => root.querySelectorAll("#q-gmina-input option").length > 1,
  WithLogic: (root) => root.querySelector("#q-dojazd"),
  NotYetOpen: (root) => root.textContent?.includes("będzie otwarta"),
  Offline: (root) => root.querySelector(".offline"),
  SavedOffline: (root) => root.querySelector(".saved"),
  AlreadyAnswered: (root) => root.textContent?.includes("już wypełniona"),
};

describeStories("cwd-survey", stories, settled, {
  cleanUp: () => {
    localStorage.clear();
    // The Offline story told the page it went offline; the next story starts online.
    window.dispatchEvent(new Event("online"));
  },
});
