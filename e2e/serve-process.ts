import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const bin = fileURLToPath(new URL("../packages/cli/dist/bin.js", import.meta.url));

export interface ServeProcess {
  url: string;
  output: () => string;
  stop: () => Promise<void>;
}

/** Starts the built `cwd serve` as a user would, on a free port, and waits until it listens. */
export async function startServe(env: Record<string, string>): Promise<ServeProcess> {
  if (!existsSync(bin))
    throw new Error(`${bin} is missing: run \`npm run build\` before the end-to-end tests`);
  const child = spawn(process.execPath, [bin, "serve", "--port", "0"], {
    env: { ...process.env, DATABASE_URL: "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => {
    output += chunk;
  });
  child.stderr.on("data", (chunk) => {
    output += chunk;
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`cwd serve did not start in 60 s:\n${output}`)), 60_000);
    child.stdout.on("data", () => {
      const match = /cwd serve: (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`cwd serve exited with ${code}:\n${output}`));
    });
  });
  return { url, output: () => output, stop: () => stopProcess(child) };
}

/** `cwd serve` with the demo seeded in a data folder of its own, which `stop` removes. */
export async function startDemo(): Promise<ServeProcess> {
  const dataDir = mkdtempSync(join(tmpdir(), "cwd-e2e-demo-"));
  const remove = () => rmSync(dataDir, { recursive: true, force: true });
  try {
    const served = await startServe({ CWD_DATA_DIR: dataDir });
    return { ...served, stop: () => served.stop().then(remove) };
  } catch (error) {
    remove();
    throw error;
  }
}

function stopProcess(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}
