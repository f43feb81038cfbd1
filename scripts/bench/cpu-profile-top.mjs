// Where a CPU profile (node --cpu-prof) spent its time: self time summed per function and per
// file, highest first. Usage: node scripts/bench/cpu-profile-top.mjs <file.cpuprofile> [rows]
import { readFileSync } from "node:fs";

const [file, rows = "25"] = process.argv.slice(2);
if (!file) {
  console.error("usage: node scripts/bench/cpu-profile-top.mjs <file.cpuprofile> [rows]");
  process.exit(1);
}
const profile = JSON.parse(readFileSync(file, "utf8"));
const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
// Each sample names the node running then; the time to the next sample is that node's self time.
const selfMs = new Map();
profile.samples.forEach((id, i) => {
  selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
});
const total = [...selfMs.values()].reduce((sum, ms) => sum + ms, 0);

const byFunction = new Map();
const byFile = new Map();
for (const [id, ms] of selfMs) {
  const { functionName, url, lineNumber } = nodes.get(id).callFrame;
  const where = url ? url.replace(/^.*node_modules\//, "").replace(/^file:\/\/.*\/packages\//, "") : "";
  const name = `${functionName || "(anonymous)"} ${where}${where ? `:${lineNumber + 1}` : ""}`;
  byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
  const fileKey = where || functionName;
  byFile.set(fileKey, (byFile.get(fileKey) ?? 0) + ms);
}

const top = (map) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, Number(rows))
    .map(
      ([name, ms]) =>
        `${((ms / total) * 100).toFixed(1).padStart(5)}%  ${ms.toFixed(0).padStart(6)} ms  ${name}`,
    )
    .join("\n");
console.log(`${file}: ${total.toFixed(0)} ms sampled\n\nSelf time by function:\n${top(byFunction)}`);
console.log(`\nSelf time by file:\n${top(byFile)}`);
