// A submission is one round trip: `cwd serve` storing responses on PostgreSQL, side by side with
// pgbench inserting the same row shape on the same server, both with 50 clients. Figures only.
// `--cpu-prof <dir>` writes a CPU profile of the server there (read it with cpu-profile-top.mjs).
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { Agent, request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findPostgresBin, startCluster } from "../postgres-cluster.mjs";

const clients = 50;
const seconds = 10;
const profileAt = process.argv.indexOf("--cpu-prof");
const profileArgs = profileAt > 0 ? ["--cpu-prof", "--cpu-prof-dir", process.argv[profileAt + 1] ?? "."] : [];
const bin = findPostgresBin();
if (!bin) {
  console.log("submissions vs pgbench: not measured (no PostgreSQL binaries; install Debian's postgresql)");
  process.exit(0);
}
const cluster = await startCluster(bin);
const work = mkdtempSync(join(tmpdir(), "cwd-bench-pg-"));
try {
  const url = new URL(cluster.url);
  const pgArgs = ["-h", url.hostname, "-p", url.port, "-U", "postgres"];
  const answers = JSON.stringify({
    gmina: "gmina-klukowo",
    "ocena-miejsca": 4,
    problemy: ["transport", "zdrowie"],
  });
  // The same table shape as the store's submissions table, and the same row.
  writeFileSync(
    join(work, "schema.sql"),
    `create table bench_submissions (kind text not null, id text collate "C" not null,
       partnership_id text collate "C" not null, survey_id text collate "C", data jsonb not null,
       received_at timestamptz not null default now(), primary key (kind, id));`,
  );
  writeFileSync(
    join(work, "insert.sql"),
    `insert into bench_submissions (kind, id, partnership_id, survey_id, data)
     values ('responses', gen_random_uuid()::text, 'ziemia-wysokomazowiecka', 'ankieta-mieszkancow',
       jsonb_build_object('answers', '${answers}'::jsonb));\n`,
  );
  execFileSync(join(bin, "psql"), [...pgArgs, "-q", "-f", join(work, "schema.sql"), "postgres"]);
  const pgbench = execFileSync(
    join(bin, "pgbench"),
    [
      ...pgArgs,
      "-n",
      "-c",
      String(clients),
      "-j",
      "2",
      "-T",
      String(seconds),
      "-f",
      join(work, "insert.sql"),
      "-l",
      "--log-prefix",
      join(work, "pgbench"),
      "postgres",
    ],
    { encoding: "utf8" },
  );
  const pgbenchTps = Number(/tps = ([\d.]+)/.exec(pgbench)?.[1]);
  const pgLatencies = readdirSync(work)
    .filter((file) => file.startsWith("pgbench"))
    .flatMap((file) =>
      readFileSync(join(work, file), "utf8")
        .trim()
        .split("\n")
        .map((line) => Number(line.split(" ")[2]) / 1000),
    );

  // cwd serve in a process of its own on the same server, its API hit by 50 clients from here.
  const serve = spawn(
    process.execPath,
    [
      ...profileArgs,
      new URL("../../packages/cli/dist/bin.js", import.meta.url).pathname,
      "serve",
      "--port",
      "0",
      "--quiet",
    ],
    {
      env: { ...process.env, DATABASE_URL: cluster.url, CWD_PUBLIC_WRITES_PER_MINUTE: "0" },
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  const base = await new Promise((resolve, reject) => {
    let output = "";
    serve.stdout.on("data", (chunk) => {
      output += chunk;
      const match = /cwd serve: (http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1]);
    });
    serve.once("exit", (code) => reject(new Error(`cwd serve exited with ${code}`)));
  });
  // node:http over kept-alive sockets, one per client: fetch costs this process several times the
  // CPU, which the server and PostgreSQL then lack on a machine this small.
  const agent = new Agent({ keepAlive: true, maxSockets: clients });
  const post = (url, body) =>
    new Promise((resolve, reject) => {
      const req = request(
        url,
        {
          method: "POST",
          agent,
          headers: { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(body) },
        },
        (res) => {
          res.on("data", () => {});
          res.on("end", () => resolve(res.statusCode));
          res.on("error", reject);
        },
      );
      req.on("error", reject);
      req.end(body);
    });
  const endpoint = `${base}/api/partnerships/ziemia-wysokomazowiecka/surveys/ankieta-mieszkancow/responses`;
  const latencies = [];
  const statuses = new Map();
  let n = 0;
  const send = async () => {
    const i = n++;
    const body = JSON.stringify({
      id: `00000000-0000-4000-8000-${i.toString(16).padStart(12, "0")}`,
      partnershipId: "ziemia-wysokomazowiecka",
      surveyId: "ankieta-mieszkancow",
      submittedAt: "2026-11-27T10:00:00Z",
      answers: JSON.parse(answers),
    });
    const started = performance.now();
    const status = await post(endpoint, body);
    latencies.push(performance.now() - started);
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
  };
  // Warm up (the first survey read, connections), then measure for the same time as pgbench.
  for (let i = 0; i < 100; i++) await send();
  latencies.length = 0;
  statuses.clear();
  const end = performance.now() + seconds * 1000;
  const began = performance.now();
  const clientCpu = process.cpuUsage();
  const serverCpu = cpuSeconds(serve.pid);
  const postgresCpu = postgresCpuSeconds(url.port);
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < end) await send();
    }),
  );
  const elapsed = (performance.now() - began) / 1000;
  const servedPerSecond = latencies.length / elapsed;
  const { user, system } = process.cpuUsage(clientCpu);
  const clientShare = (user + system) / 1e6 / elapsed;
  const [serverUser, serverSystem] = cpuSeconds(serve.pid).map((used, i) => (used - serverCpu[i]) / elapsed);
  const serverShare = serverUser + serverSystem;
  const postgresShare = (postgresCpuSeconds(url.port) - postgresCpu) / elapsed;
  agent.destroy();
  serve.kill("SIGTERM");
  const p = (values, q) =>
    values.sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * q))];
  console.log(`\nSubmissions on one PostgreSQL, ${clients} clients, ${seconds} s each, this machine:`);
  console.log(
    `pgbench, the same row:       ${pgbenchTps.toFixed(0).padStart(6)}/s   p99 ${p(pgLatencies, 0.99).toFixed(1)} ms`,
  );
  console.log(
    `cwd serve, HTTP + JSON:      ${servedPerSecond.toFixed(0).padStart(6)}/s   p99 ${p(latencies, 0.99).toFixed(1)} ms   statuses ${JSON.stringify(Object.fromEntries(statuses))}`,
  );
  // How much of the machine's cores each side took: the load generator shares them with the server.
  console.log(
    `CPU while measured: cwd serve ${(serverShare * 100).toFixed(0)}% of a core (${((serverShare / servedPerSecond) * 1e6).toFixed(0)} µs a response, ${((serverSystem / serverShare) * 100).toFixed(0)}% in the kernel), PostgreSQL ${(postgresShare * 100).toFixed(0)}%, this load generator ${(clientShare * 100).toFixed(0)}%`,
  );
  console.log(
    `ratio: ${((servedPerSecond / pgbenchTps) * 100).toFixed(0)}% of pgbench (goal ≥ 50%, p99 < 50 ms)`,
  );
} finally {
  cluster.stop();
  rmSync(work, { recursive: true, force: true });
}

/** CPU seconds used so far by the PostgreSQL server listening on `port` and its backends. */
function postgresCpuSeconds(port) {
  const pids = existsSync("/proc") ? readdirSync("/proc").filter((name) => /^\d+$/.test(name)) : [];
  const postmaster = pids.find((pid) => readProc(`/proc/${pid}/cmdline`).includes(`\0-p\0${port}\0`));
  if (!postmaster) return Number.NaN;
  const parentOf = (pid) => readProc(`/proc/${pid}/stat`).split(") ")[1]?.split(" ")[1];
  return pids
    .filter((pid) => pid === postmaster || parentOf(pid) === postmaster)
    .reduce((sum, pid) => sum + cpuSeconds(pid).reduce((a, b) => a + (b || 0), 0), 0);
}

/** User and system CPU seconds a process has used so far (Linux's /proc; NaN elsewhere). */
function cpuSeconds(pid) {
  // Fields 14 and 15 (utime, stime), counted after the command name, which may hold spaces; in
  // clock ticks, 100 a second on Linux.
  const fields = readProc(`/proc/${pid}/stat`).split(") ")[1]?.split(" ") ?? [];
  return [Number(fields[11]) / 100, Number(fields[12]) / 100];
}

/** A file of /proc, or "" where there is none or its process has ended meanwhile. */
function readProc(path) {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return "";
  }
}
