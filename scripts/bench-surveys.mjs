// Survey statistics and CSV export at scale, in a process of its own so that peak memory is theirs
// alone. `node scripts/bench-surveys.mjs aggregate|csv`; run by `npm run bench`. Figures, never assertions.
import { readFileSync } from "node:fs";
import { Readable, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";

const { aggregateSurvey, parse, Survey, surveyCsv } = await import("@cwd/core");
const demo = JSON.parse(
  readFileSync(new URL("../packages/cli/demo/ziemia-wysokomazowiecka.cwd.json", import.meta.url), "utf8"),
);
const gminy = demo.partnership.members.filter((m) => m.kind !== "powiat").map((m) => m.id);
const text = (pl) => ({ pl });
const options = (n) => Array.from({ length: n }, (_, i) => ({ id: `o${i}`, label: text(`Opcja ${i}`) }));

// 40 questions: a member question, then 13 each of single choice, multiple choice and 1-5 scales.
const questions = [{ id: "gmina", type: "member", text: text("Gmina"), required: true }];
for (let i = 0; i < 13; i++) {
  questions.push({
    id: `j${i}`,
    type: "single_choice",
    text: text("?"),
    required: false,
    options: options(5),
  });
  questions.push({
    id: `w${i}`,
    type: "multiple_choice",
    text: text("?"),
    required: false,
    options: options(8),
    maxChoices: 3,
  });
  questions.push({ id: `s${i}`, type: "scale", text: text("?"), required: false, min: 1, max: 5 });
}
const survey = parse(Survey, {
  id: "bench",
  partnershipId: demo.partnership.id,
  title: text("Bench"),
  audience: "residents",
  status: "open",
  sections: [0, 1, 2, 3].map((s) => ({
    id: `s${s}`,
    title: text(`Część ${s}`),
    questions: questions.slice(s * 10, s * 10 + 10),
  })),
});

const optionIds = options(8).map((o) => o.id);
const keys = (prefix) => Array.from({ length: 13 }, (_, q) => `${prefix}${q}`);
const [single, multiple, scale] = [keys("j"), keys("w"), keys("s")];

/**
 * Responses made on the fly, as a store's pages would arrive: never all in memory. Ids and keys are
 * made once, so making them costs little beside what is measured.
 */
async function* responses(count) {
  let seed = 1;
  const random = (n) => {
    seed = (seed * 48271) % 2147483647;
    return Math.floor((seed / 2147483647) * n);
  };
  for (let i = 0; i < count; i++) {
    const answers = { gmina: gminy[random(gminy.length)] };
    for (let q = 0; q < 13; q++) {
      answers[single[q]] = optionIds[random(5)];
      answers[multiple[q]] = [optionIds[random(4)], optionIds[4 + random(4)]];
      answers[scale[q]] = 1 + random(5);
    }
    yield {
      id: `00000000-0000-4000-8000-${i.toString(16).padStart(12, "0")}`,
      partnershipId: demo.partnership.id,
      surveyId: "bench",
      submittedAt: "2026-11-27T10:00:00Z",
      answers,
    };
  }
}

const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

/**
 * This process's peak resident memory in bytes (VmHWM). Not `resourceUsage().maxRSS`, which can carry
 * a parent's peak across exec, so a child started by `npm run bench` would report the parent's.
 */
function peakRss() {
  const status = readFileSync("/proc/self/status", "utf8");
  return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1]) * 1024;
}
const what = process.argv[2];
if (what === "aggregate") {
  const count = 100_000;
  // Twice, so the figure is that of warm code, as it is when aggregating.
  let generateMs = 0;
  for (let pass = 0; pass < 2; pass++) {
    const started = performance.now();
    for await (const _ of responses(count));
    generateMs = performance.now() - started;
  }
  const started = performance.now();
  const results = await aggregateSurvey(survey, responses(count), {
    members: demo.partnership.members,
    by: "gmina",
  });
  const ms = performance.now() - started;
  console.log(
    `aggregateSurvey: ${count} responses × 40 questions, weighted, crosstab by gmina: ${ms.toFixed(0)} ms, of which making the responses on the fly ≈ ${generateMs.toFixed(0)} ms, so aggregating ≈ ${(ms - generateMs).toFixed(0)} ms; peak RSS ${mib(peakRss())}; Kish's n ${results.weighting?.kishEffectiveN.toFixed(0)}`,
  );
} else if (what === "csv") {
  const count = 250_000;
  let bytes = 0;
  const rss = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      bytes += chunk.length;
      if (bytes % 50 === 0 || rss.length * 50_000 < bytes / 400) rss.push(process.memoryUsage().rss);
      done();
    },
  });
  const started = performance.now();
  await pipeline(Readable.from(surveyCsv(survey, responses(count), { separator: ";" })), sink);
  const ms = performance.now() - started;
  const samples = rss.length;
  console.log(
    `surveyCsv: ${count} responses → ${mib(bytes)} of CSV in ${ms.toFixed(0)} ms; RSS after 10% ${mib(rss[Math.floor(samples / 10)])}, 50% ${mib(rss[Math.floor(samples / 2)])}, 100% ${mib(rss[samples - 1])}; peak ${mib(peakRss())}`,
  );
}
