/**
 * Text made safe for a one-line log: control characters (a decoded newline or NUL in a path, which
 * would forge a second log line) and line separators become `\xNN`/`\uNNNN` escapes, and long text is
 * cut, so a request can neither split a line nor flood the log.
 *
 * @example
 * logSafe("/api/x\nGET /admin 200") // "/api/x\\x0aGET /admin 200"
 */
export function logSafe(text: string, maxLength = 300): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
  const escaped = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16)}`;
  });
  return escaped.length > maxLength ? `${escaped.slice(0, maxLength)}…` : escaped;
}

/**
 * One log line for an error no one expected: its kind, its message (cut short) and where in our code
 * it arose. Never the error's other fields: a database error's `detail` quotes the data it refused,
 * such as a resident's answers, and no log line may hold a request's body.
 */
export function describeUnexpected(error: unknown): string {
  if (!(error instanceof Error)) return logSafe(String(error));
  const code = (error as { code?: unknown }).code;
  const frames = (error.stack ?? "")
    .split("\n")
    .filter((line) => /^\s+at /.test(line))
    .slice(0, 8)
    .map((line) => line.trim());
  const head = `${error.name}${typeof code === "string" ? ` [${logSafe(code, 20)}]` : ""}: ${logSafe(error.message, 200)}`;
  return frames.length > 0 ? `${head} (${frames.join(" < ")})` : head;
}
