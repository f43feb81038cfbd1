import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "../schema/parse.js";
import { Survey } from "../schema/survey.js";
import { admitResponse } from "./admit-response.js";
import { codeDigest, invitationCode, normaliseCode, responseIdForCode } from "./invitation-codes.js";
import { sha256Hex } from "./sha256.js";

describe("sha256Hex", () => {
  it("matches the FIPS 180-4 test vectors", () => {
    expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(sha256Hex("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")).toBe(
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
    );
    // Polish letters are hashed as UTF-8; checked against Node's own implementation.
    const text = "zażółć gęślą jaźń ".repeat(10);
    expect(sha256Hex(text)).toBe(createHash("sha256").update(text, "utf8").digest("hex"));
  });
});

describe("invitation codes", () => {
  const demo = JSON.parse(
    readFileSync(new URL("../../../cli/demo/ziemia-wysokomazowiecka.cwd.json", import.meta.url), "utf8"),
  );
  const code = invitationCode(new Uint8Array([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30]));
  const survey = parse(Survey, {
    ...demo.surveys[0],
    invitationCodes: { digests: [codeDigest(demo.surveys[0].id, code)] },
  });
  const response = (id: string, withCode?: string) => ({
    id,
    partnershipId: survey.partnershipId,
    surveyId: survey.id,
    submittedAt: "2026-11-27T10:00:00Z",
    answers: { gmina: "gmina-klukowo", "ocena-miejsca": 4, problemy: ["transport"] },
    ...(withCode ? { code: withCode } : {}),
  });

  it("makes codes of unambiguous symbols in groups of four, read whatever the case", () => {
    expect(code).toBe("ABCD-EFGH-JKM9");
    expect(normaliseCode("abcd efgh jkm9")).toBe(code);
  });

  it("gives each code one response id, a valid UUID", () => {
    const id = responseIdForCode(survey.id, code);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(responseIdForCode(survey.id, "abcd-efgh-jkm9")).toBe(id);
    expect(responseIdForCode("inna-ankieta", code)).not.toBe(id);
  });

  it("admits a response only with an issued code and the id it gives", () => {
    const id = responseIdForCode(survey.id, code);
    expect(() => admitResponse(survey, response(id, code))).not.toThrow();
    expect(() => admitResponse(survey, response(id))).toThrow(/invitation code only/);
    expect(() => admitResponse(survey, response(id, "ZZZZ-ZZZZ-ZZZZ"))).toThrow(/not an invitation code/);
    expect(() => admitResponse(survey, response("0b5f7a52-6a4e-4f7e-9f38-4a4c3f1d2b10", code))).toThrow(
      /response id must be the one its invitation code gives/,
    );
  });
});
