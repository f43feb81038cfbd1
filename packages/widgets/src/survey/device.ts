import type { Answer } from "@cwd/core";
import { deviceMarkedAt, markDevice } from "../internal/device-marker.js";

// What a survey keeps on the device, in localStorage under keys naming the partnership and survey.
// Storage can be missing or full (private mode, quotas): every call fails quietly, the form still works.

/** A draft: the answers so far and the "other" texts, resumed after a reload. */
export interface Draft {
  answers: Record<string, Answer>;
  otherTexts: Record<string, string>;
}

const key = (kind: "draft" | "answered", partnershipId: string, surveyId: string) =>
  `cwd-survey:${kind}:${partnershipId}:${surveyId}`;

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

export function loadDraft(partnershipId: string, surveyId: string): Draft | undefined {
  try {
    const text = storage()?.getItem(key("draft", partnershipId, surveyId));
    if (!text) return undefined;
    const draft = JSON.parse(text) as Partial<Draft>;
    return typeof draft.answers === "object" && draft.answers !== null
      ? { answers: draft.answers, otherTexts: draft.otherTexts ?? {} }
      : undefined;
  } catch {
    return undefined;
  }
}

export function saveDraft(partnershipId: string, surveyId: string, draft: Draft): void {
  try {
    storage()?.setItem(key("draft", partnershipId, surveyId), JSON.stringify(draft));
  } catch {
    // A full or blocked storage loses the draft, never the answers on screen.
  }
}

export function clearDraft(partnershipId: string, surveyId: string): void {
  try {
    storage()?.removeItem(key("draft", partnershipId, surveyId));
  } catch {
    // Nothing kept, nothing to clear.
  }
}

/** The marker a survey with `deviceMarker` leaves after a response: when this device answered. */
export function markAnswered(partnershipId: string, surveyId: string, at: string): void {
  markDevice(key("answered", partnershipId, surveyId), at);
}

export function answeredAt(partnershipId: string, surveyId: string): string | undefined {
  return deviceMarkedAt(key("answered", partnershipId, surveyId));
}
