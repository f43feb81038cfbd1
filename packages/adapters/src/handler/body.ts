import type { MiddlewareHandler } from "hono";
import { ApiError } from "./errors.js";

/** The largest request body accepted: a survey with every question is far below it. */
export const maxBodyBytes = 1024 * 1024;

const jsonMediaType = /^application\/([\w.-]+\+)?json$/i;

/**
 * Admits a JSON request body before validation: 415 unless it is JSON, 413 over the limit (by
 * Content-Length and by the bytes actually read, which a client may misstate), 400 `invalid_json`
 * when it does not parse. The text is put back on the request for the validator to read.
 */
export function jsonBody(maxBytes = maxBodyBytes): MiddlewareHandler {
  return async (c, next) => {
    const mediaType = (c.req.header("Content-Type") ?? "").split(";")[0]?.trim() ?? "";
    if (!jsonMediaType.test(mediaType)) {
      throw new ApiError(415, "unsupported_media_type", "send the body as Content-Type: application/json");
    }
    const declared = Number(c.req.header("Content-Length"));
    if (declared > maxBytes) throw tooLarge(maxBytes);
    const text = await readText(c.req.raw.body, maxBytes);
    try {
      JSON.parse(text);
    } catch (error) {
      throw new ApiError(400, "invalid_json", `the body is not valid JSON: ${(error as Error).message}`);
    }
    c.req.raw = new Request(c.req.raw, { body: text });
    return next();
  };
}

async function readText(body: ReadableStream<Uint8Array> | null, maxBytes: number): Promise<string> {
  if (body === null) return "";
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read().catch(() => {
      // The client went away or sent a broken stream: its fault, not the server's.
      throw new ApiError(400, "invalid_body", "the body could not be read");
    });
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

function tooLarge(maxBytes: number): ApiError {
  return new ApiError(413, "too_large", `the body is larger than ${maxBytes} bytes`);
}
