import { describe, expect, it } from "vitest";
import { maxVersion } from "../schema/common.js";
import { ConflictError } from "./errors.js";
import { nextVersion } from "./rules.js";

describe("nextVersion", () => {
  it("creates, updates what was read, and refuses stale writes", () => {
    expect(nextVersion(undefined, undefined, "x")).toBe(1);
    expect(nextVersion(3, 3, "x")).toBe(4);
    expect(() => nextVersion(4, 3, "x")).toThrow(ConflictError);
  });

  it("never makes a version a store cannot keep", () => {
    expect(nextVersion(maxVersion - 1, maxVersion - 1, "x")).toBe(maxVersion);
    expect(() => nextVersion(maxVersion, maxVersion, "x")).toThrow(/highest version/);
  });
});
