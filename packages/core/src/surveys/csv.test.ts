import { describe, expect, it } from "vitest";
import { parse } from "../schema/parse.js";
import { Survey } from "../schema/survey.js";
import { surveyCsv } from "./csv.js";

const text = (pl: string) => ({ pl });
const options = (...ids: string[]) => ids.map((id) => ({ id, label: text(id) }));
const survey = parse(Survey, {
  id: "s",
  partnershipId: "p",
  title: text("S"),
  audience: "residents",
  status: "open",
  sections: [
    {
      id: "a",
      title: text("A"),
      questions: [
        {
          id: "jeden",
          type: "single_choice",
          text: text("?"),
          required: false,
          options: options("a", "b"),
          other: text("Inne"),
        },
        {
          id: "wiele",
          type: "multiple_choice",
          text: text("?"),
          required: false,
          options: options("x", "y"),
        },
        { id: "uwagi", type: "text", text: text("?"), required: false, multiline: true, maxLength: 100 },
        { id: "zgoda", type: "consent", text: text("?"), required: false },
      ],
    },
  ],
});
const response = {
  id: "00000000-0000-4000-8000-000000000001",
  partnershipId: "p",
  surveyId: "s",
  submittedAt: "2026-11-27T10:00:00Z",
  answers: { jeden: "other", wiele: ["y"], uwagi: 'Źle; "bardzo"\nźle', zgoda: true },
  other: { jeden: "Łąki" },
};

async function collect(lines: AsyncIterable<string>): Promise<string> {
  let out = "";
  for await (const line of lines) out += line;
  return out;
}

describe("surveyCsv", () => {
  it("writes a BOM, a header and one row per response, one column per option of a multiple choice", async () => {
    expect(await collect(surveyCsv(survey, [response]))).toBe(
      "\uFEFFid,submittedAt,jeden,jeden.other-text,wiele.x,wiele.y,uwagi,zgoda\r\n" +
        `${response.id},2026-11-27T10:00:00Z,other,Łąki,0,1,"Źle; ""bardzo""\nźle",1\r\n`,
    );
  });

  it("has a semicolon variant that quotes what holds a semicolon", async () => {
    const csv = await collect(
      surveyCsv(survey, [{ ...response, answers: { uwagi: "a;b" } }], { separator: ";" }),
    );
    expect(csv.split("\r\n")[1]).toBe(`${response.id};2026-11-27T10:00:00Z;;;;;"a;b";`);
  });
});
