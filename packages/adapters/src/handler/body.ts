import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { ApiError } from "./errors.js";

/** The largest request body accepted: a survey with every question is far below it. */
export const maxBodyBytes = 1024 * 1024;

const jsonMediaType = /^application\/([\w.-]+\+)?json$/i;

/**
 * Admits a JSON request body before validation: 415 unless it is JSON, 413 over the limit (Hono's
 * `bodyLimit`, by Content-Length and by the bytes actually read, which a client may misstate), 400
 * `invalid_json` when it does not parse. The text is put back on the request for the validator.
 */
export function jsonBody(maxBytes = maxBodyBytes): MiddlewareHandler {
  const limit = bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new ApiError(413, "too_large", `the body is larger than ${maxBytes} bytes`);
    },
  });
  return async (c, next) => {
    const mediaType = (c.req.header("Content-Type") ?? "").split(";")[0]?.trim() ?? "";
    if (!jsonMediaType.test(mediaType)) {
      throw new ApiError(415, "unsupported_media_type", "send the body as Content-Type: application/json");
    }
    let text = "";
    await limit(c, async () => {
      text = await c.req.raw.text().catch((error: unknown) => {
        // Over the limit: bodyLimit's own error; anything else, the client went away or sent a
        // broken stream, which is its fault, not the server's.
        if (error instanceof ApiError) throw error;
        throw new ApiError(400, "invalid_body", "the body could not be read");
      });
    });
    try {
      JSON.parse(text);
    } catch (error) {
      throw new ApiError(400, "invalid_json", `the body is not valid JSON: ${(error as Error).message}`);
    }
    c.req.raw = new Request(c.req.raw, { body: text });
    return next();
  };
}
