import { describe, expect, it } from "vitest";
import { kindParents } from "./kind-parents.js";
import { kinds } from "./kinds.js";

describe("kindParents", () => {
  it("is every parent the registry declares, so the HTTP client sends each submission where it belongs", () => {
    const declared = Object.fromEntries(
      Object.entries(kinds).flatMap(([name, kind]) => ("parent" in kind ? [[name, kind.parent]] : [])),
    );
    expect(declared).toEqual(kindParents);
  });
});
