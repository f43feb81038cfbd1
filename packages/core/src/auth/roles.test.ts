import { describe, expect, it } from "vitest";
import { Action, mayDo, permits, Role } from "./roles.js";

describe("mayDo", () => {
  it("lets the admin do everything", () => {
    for (const action of Action.options) expect(mayDo("admin", action)).toBe(true);
  });

  it("keeps token management and new partnerships for the admin", () => {
    for (const role of Role.options.filter((r) => r !== "admin")) {
      expect(mayDo(role, "manageTokens")).toBe(false);
      expect(mayDo(role, "createPartnerships")).toBe(false);
    }
  });

  it("lets editors write and analysts only read", () => {
    expect(mayDo("editor", "writeDocuments")).toBe(true);
    expect(mayDo("analyst", "writeDocuments")).toBe(false);
    expect(mayDo("analyst", "readResponses")).toBe(true);
    expect(mayDo("moderator", "readResponses")).toBe(false);
  });
});

describe("permits", () => {
  const editorOfA = { role: "editor", partnershipId: "a", label: "UG A" } as const;

  it("holds a partnership role only in its own partnership", () => {
    expect(permits(editorOfA, "writeDocuments", "a")).toBe(true);
    expect(permits(editorOfA, "writeDocuments", "b")).toBe(false);
    expect(permits(editorOfA, "manageTokens")).toBe(false);
  });

  it("lets the admin act in any partnership and outside them", () => {
    const admin = { role: "admin", label: "bootstrap admin" } as const;
    expect(permits(admin, "writeDocuments", "b")).toBe(true);
    expect(permits(admin, "manageTokens")).toBe(true);
  });
});
