import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ValidationError } from "../../store/errors.js";
import type { PabulibInstance } from "./pabulib.js";
import { parsePabulib } from "./pabulib-parse.js";
import { writePabulib } from "./pabulib-write.js";

const dir = new URL("../../../test/data/pabulib/", import.meta.url);
const files = readdirSync(dir).filter((name) => name.endsWith(".pb"));
const read = (name: string) => readFileSync(new URL(name, dir), "utf8");

describe("parsePabulib on the nine real files", () => {
  it.each(files)("%s parses, with as many projects and votes as META says", (name) => {
    const instance = parsePabulib(read(name));
    expect(instance.projects).toHaveLength(Number(instance.meta.num_projects));
    expect(instance.votes).toHaveLength(Number(instance.meta.num_votes));
  });

  it.each(files)("%s is written back as it was, up to line endings and `none` cells", (name) => {
    const text = read(name);
    // Wieliczka 2023 has one LF line among CRLF ones; Warszawa 2017 has two `None` cells (written empty).
    const expected = text.replace(/\r?\n/g, "\r\n").replace(/(?<=^|;)none(?=;|\r\n)/gim, "");
    const instance = parsePabulib(text);
    expect(writePabulib(instance)).toBe(expected);
    expect(parsePabulib(writePabulib(instance))).toEqual(instance);
  });

  it("keeps quoted names with ; and non-standard META keys", () => {
    const wroclaw = parsePabulib(read("Poland_Wroclaw_2017.pb"));
    expect(wroclaw.projects.find((p) => p.id === "50")?.fields.name).toMatch(
      /^Zielona rowerowo-piesza obwodnica Wrocławia; ETAP II/,
    );
    expect(parsePabulib(read("Poland_Warszawa_2017_Srodmiescie.pb")).meta.max_sum_cost).toBe("3200000");
    const krakow = parsePabulib(read("Poland_Krakow_2022_Stare_Miasto.pb"));
    expect(krakow.votes[0]).toMatchObject({
      voterId: "E1182889",
      vote: ["11", "13", "36"],
      points: [3, 2, 1],
    });
  });
});

describe("parsePabulib on made-up files", () => {
  const file = (projects: string, votes: string, meta = "budget;1000,50\nvote_type;approval") =>
    `meta\nkey;value\n${meta}\nProjects\nproject_id;cost;name\n${projects}\nVOTES\nvoter_id;vote\n${votes}\n`;

  it("reads section titles in any case, a decimal comma and none cells", () => {
    const instance = parsePabulib(file("a;10,5;none\nb;20;B", "1;a,b\n2;"));
    expect(instance.projects).toEqual([
      { id: "a", cost: 10.5, fields: {} },
      { id: "b", cost: 20, fields: { name: "B" } },
    ]);
    expect(instance.votes[1]).toEqual({ voterId: "2", vote: [], fields: {} });
  });

  it("names the line and the column of each problem", () => {
    const error = catchError(() => parsePabulib(file("a;abc;A\nb;1;B", "1;a,z")));
    expect(error.issues).toEqual([
      { path: "line 7, cost", message: 'must be a non-negative number, got "abc"' },
      { path: "line 11, vote", message: 'names project "z", which PROJECTS does not list' },
    ]);
    const meta = catchError(() => parsePabulib(file("a;1;A", "1;a", "budget;lots")));
    expect(meta.issues.map((i) => i.path)).toEqual(["META, budget", "META, vote_type"]);
  });

  it("round-trips any instance it writes", () => {
    const text = fc
      .string({ unit: fc.constantFrom("x", ";", '"', ",", " ", "ą") })
      .filter((s) => s.trim() === s && s !== "" && !s.includes(",") && s.toLowerCase() !== "none");
    const instance: fc.Arbitrary<PabulibInstance> = fc
      .uniqueArray(fc.stringMatching(/^[a-z0-9]{1,4}$/), { minLength: 1, maxLength: 6 })
      .chain((ids) =>
        fc.record({
          meta: fc.constant<Record<string, string>>({ budget: "100", vote_type: "cumulative", note: "a; b" }),
          projectColumns: fc.constant<string[]>(["project_id", "cost", "name"]),
          voteColumns: fc.constant<string[]>(["voter_id", "vote", "points", "sex"]),
          projects: fc.constant(
            ids.map((id, i) => ({ id, cost: i * 7.25, fields: { name: `P "${id}"; ${i}` } })),
          ),
          votes: fc.array(
            fc
              .record({
                voterId: fc.stringMatching(/^v[0-9]{1,3}$/),
                vote: fc.subarray(ids),
                sex: fc.option(text, { nil: undefined }),
              })
              .map(({ voterId, vote, sex }) => ({
                voterId,
                vote,
                points: vote.map((_, i) => i + 1),
                fields: (sex === undefined ? {} : { sex }) as Record<string, string>,
              })),
            { maxLength: 5 },
          ),
        }),
      );
    fc.assert(
      fc.property(instance, (value: PabulibInstance) => {
        expect(parsePabulib(writePabulib(value))).toEqual(value);
      }),
    );
  });
});

function catchError(run: () => unknown): ValidationError {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error("expected a ValidationError");
}
