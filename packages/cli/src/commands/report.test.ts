// `cwd report consultation` through the built bin, on the PGlite folder `cwd serve` uses.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Comment, CommentAnswer } from "@cwd/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const bin = fileURLToPath(new URL("../../dist/bin.js", import.meta.url));
const demoFile = fileURLToPath(new URL("../../demo/ziemia-wysokomazowiecka.cwd.json", import.meta.url));
const demo = JSON.parse(readFileSync(demoFile, "utf8"));
const consultationId = "konsultacje-wizji";
const comments: Comment[] = demo.comments.filter((c: Comment) => c.consultationId === consultationId);
const answers: CommentAnswer[] = demo.answers.filter(
  (a: CommentAnswer) => a.consultationId === consultationId,
);

function cwd(args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    env: { ...process.env, DATABASE_URL: "" },
    encoding: "utf8",
  });
  return { status: result.status, out: result.stdout, err: result.stderr };
}

const count = (text: string, part: string) => text.split(part).length - 1;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "cwd-report-"));
  const imported = cwd(["import", demoFile, "--data-dir", dir]);
  expect(imported.status, imported.err).toBe(0);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("cwd report consultation", () => {
  it("lists every comment exactly once, each followed by its answer (Markdown)", { timeout: 60_000 }, () => {
    const { status, out, err } = cwd(["report", "consultation", consultationId, "--data-dir", dir]);
    expect(status, err).toBe(0);
    const entries = out.split(/^### /m).slice(1);
    expect(entries).toHaveLength(comments.length);
    for (const comment of comments) {
      const hidden = comment.text.startsWith("Reklama");
      const shown = hidden ? "treść ukryta przez moderację: Reklama niezwiązana" : comment.text.slice(0, 30);
      const holding = entries.filter((e) => e.includes(shown.replace(/[.]/g, "\\.")));
      expect(holding, comment.text).toHaveLength(1);
      const answer = answers.find((a) => a.commentId === comment.id) as CommentAnswer;
      expect(count(holding[0] as string, answer.justification.pl.slice(0, 25))).toBe(1);
    }
    expect(out).not.toContain("tanie kredyty");
  });

  it("writes CSV and HTML to a file with -o", { timeout: 60_000 }, () => {
    const csvFile = join(dir, "raport.csv");
    expect(
      cwd(["report", "consultation", consultationId, "--csv", "-o", csvFile, "--data-dir", dir]).status,
    ).toBe(0);
    const csv = readFileSync(csvFile, "utf8");
    expect(csv.split("\r\n").filter(Boolean)).toHaveLength(comments.length + 1);
    expect(csv).toContain("Gmina Szepietowo");
    const html = cwd([
      "report",
      "consultation",
      consultationId,
      "--html",
      "--partnership",
      demo.partnership.id,
      "--data-dir",
      dir,
    ]);
    expect(html.out).toMatch(/^<!doctype html>/);
    expect(count(html.out, "<tr><td>")).toBe(comments.length);
  });

  it("names a consultation that does not exist", { timeout: 60_000 }, () => {
    const { status, err } = cwd(["report", "consultation", "nie-ma", "--data-dir", dir]);
    expect(status).toBe(1);
    expect(err).toContain("no partnership has a consultation nie-ma");
  });
});
