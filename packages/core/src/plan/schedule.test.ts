import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { issuesOf } from "../schema/parse.js";
import type { ValidationError } from "../store/errors.js";
import { PlanAction } from "./action.js";
import { addCalendarDays, daysBetween } from "./days.js";
import { isLate } from "./late.js";
import { dependencyOrder, planSchedule } from "./schedule.js";

const action = (id: string, start: string, end: string, dependsOn: string[] = []) => ({
  id,
  start,
  end,
  dependsOn,
});

// Worked by hand: a 10 days, b 5 after a, c 5, d 3 after c, e 5 after b and d.
// Early starts (days from 1 Jan): a 0, b 10, c 0, d 5, e 15; the plan finishes after day 20.
// Late starts: e 15, b 10, d 12, c 7, a 0; so c and d have 7 days of slack.
const plan = [
  action("a", "2026-01-01", "2026-01-10"),
  action("b", "2026-01-11", "2026-01-15", ["a"]),
  action("c", "2026-01-01", "2026-01-05"),
  action("d", "2026-01-06", "2026-01-08", ["c"]),
  action("e", "2026-01-16", "2026-01-20", ["b", "d"]),
];

describe("planSchedule", () => {
  it("gives slack and the critical path worked out by hand", () => {
    const schedule = planSchedule(plan);
    expect(schedule.start).toBe("2026-01-01");
    expect(schedule.finish).toBe("2026-01-20");
    expect(schedule.criticalPath).toEqual(["a", "b", "e"]);
    expect(Object.fromEntries(Object.entries(schedule.actions).map(([id, a]) => [id, a.slackDays]))).toEqual({
      a: 0,
      b: 0,
      c: 7,
      d: 7,
      e: 0,
    });
    expect(schedule.actions.d).toEqual({
      durationDays: 3,
      earlyStart: "2026-01-06",
      earlyFinish: "2026-01-08",
      lateStart: "2026-01-13",
      lateFinish: "2026-01-15",
      slackDays: 7,
      critical: false,
    });
  });

  it("schedules from the dependencies, not from the planned start", () => {
    const late = planSchedule([
      action("a", "2026-05-01", "2026-05-02"),
      action("b", "2026-06-01", "2026-06-01", ["a"]),
    ]);
    expect(late.actions.b?.earlyStart).toBe("2026-05-03");
    expect(late.finish).toBe("2026-05-03");
  });

  it("counts calendar days across both daylight-saving changes", () => {
    const schedule = planSchedule([
      action("spring", "2026-03-28", "2026-03-30"),
      action("autumn", "2026-10-24", "2026-10-26", ["spring"]),
    ]);
    expect(schedule.actions.spring?.durationDays).toBe(3);
    expect(schedule.actions.autumn?.earlyStart).toBe("2026-03-31");
    expect(schedule.finish).toBe("2026-04-02");
  });

  it("names a cycle and a dependency outside the plan", () => {
    const cycle = [
      action("a", "2026-01-01", "2026-01-02", ["c"]),
      action("b", "2026-01-01", "2026-01-02", ["a"]),
      action("c", "2026-01-01", "2026-01-02", ["b"]),
    ];
    expect(() => dependencyOrder(cycle)).toThrow("actions a → c → b → a depend on each other in a cycle");
    try {
      planSchedule([action("a", "2026-01-01", "2026-01-02", ["x"])]);
      expect.unreachable();
    } catch (error) {
      expect((error as ValidationError).issues).toEqual([
        { path: "actions.0.dependsOn.0", message: "x is not an action of this plan" },
      ]);
    }
  });

  it("gives every action slack ≥ 0, a critical action on the path, and every action after its dependencies", () => {
    const plans = fc.array(
      fc.tuple(
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 60 }),
        fc.array(fc.nat(), { maxLength: 3 }),
      ),
      { minLength: 1, maxLength: 12 },
    );
    fc.assert(
      fc.property(plans, (rows) => {
        const actions = rows.map(([offset, length, deps], i) => ({
          id: `a${i}`,
          start: addCalendarDays("2026-01-01", offset),
          end: addCalendarDays("2026-01-01", offset + length),
          // Only earlier actions: no cycles.
          dependsOn: i === 0 ? [] : [...new Set(deps.map((d) => `a${d % i}`))],
        }));
        const schedule = planSchedule(actions);
        expect(schedule.criticalPath.length).toBeGreaterThan(0);
        for (const a of actions) {
          const s = schedule.actions[a.id];
          expect(s?.slackDays).toBeGreaterThanOrEqual(0);
          for (const d of a.dependsOn)
            expect((s?.earlyStart as string) > (schedule.actions[d]?.earlyFinish as string)).toBe(true);
        }
        expect(schedule.finish).toBe(schedule.actions[schedule.criticalPath.at(-1) as string]?.earlyFinish);
      }),
    );
  });
});

describe("isLate", () => {
  const march = { start: "2026-03-01", end: "2026-03-31" };
  it("follows the pinned rule", () => {
    expect(isLate({ ...march, status: "planned" }, "2026-03-01")).toBe(false);
    expect(isLate({ ...march, status: "planned" }, "2026-03-02")).toBe(true);
    expect(isLate({ ...march, status: "in_progress" }, "2026-03-31")).toBe(false);
    expect(isLate({ ...march, status: "in_progress" }, "2026-04-01")).toBe(true);
    expect(isLate({ ...march, status: "done" }, "2026-05-01")).toBe(false);
    expect(isLate({ ...march, status: "dropped" }, "2026-05-01")).toBe(false);
  });
});

describe("calendar days in any time zone", () => {
  const zone = process.env.TZ;
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  for (const tz of ["Europe/Warsaw", "America/Santiago", "Pacific/Auckland", "UTC"]) {
    it(`adds and counts days as UTC does, in ${tz}`, () => {
      process.env.TZ = tz;
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: 3000 }),
          fc.integer({ min: -400, max: 400 }),
          (offset, days) => {
            const day = new Date(Date.UTC(2024, 0, 1 + offset)).toISOString().slice(0, 10);
            const expected = new Date(Date.UTC(2024, 0, 1 + offset + days)).toISOString().slice(0, 10);
            expect(addCalendarDays(day, days)).toBe(expected);
            expect(daysBetween(day, expected)).toBe(days);
          },
        ),
      );
      expect(addCalendarDays("2026-03-28", 2)).toBe("2026-03-30");
      expect(daysBetween("2026-10-24", "2026-10-26")).toBe(2);
    });
  }
});

describe("PlanAction", () => {
  const valid = {
    id: "wspolny-transport",
    partnershipId: "ziemia-wysokomazowiecka",
    title: { pl: "Wspólny transport szkolny" },
    goalId: "cel-2",
    lead: "gmina-wysokie-mazowieckie",
    start: "2026-03-01",
    end: "2026-06-30",
    budget: { amount: 12_000_000, currency: "PLN" },
    status: "planned",
  };
  it("accepts an action and names each bad field", () => {
    expect(issuesOf(PlanAction, valid)).toEqual([]);
    expect(
      issuesOf(PlanAction, {
        ...valid,
        end: "2026-02-01",
        start: "2026-02-30",
        budget: { amount: 1.5, currency: "zł" },
        dependsOn: ["wspolny-transport"],
      }).map((i) => i.path),
    ).toEqual(expect.arrayContaining(["start", "budget.amount", "budget.currency"]));
    expect(issuesOf(PlanAction, { ...valid, end: "2026-02-01", dependsOn: ["wspolny-transport"] })).toEqual([
      { path: "end", message: "must not be before start 2026-03-01" },
      { path: "dependsOn.0", message: "an action cannot depend on itself" },
    ]);
  });
});
