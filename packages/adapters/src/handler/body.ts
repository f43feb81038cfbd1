import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { ApiError } from "./errors.js";

/** The largest request body accepted: a survey with every question is far below it. */
export const maxBodyBytes = 1024 * 1024;

const jsonMediaType = /^application\/([\w.-]+\+)?json$/i;

/**
 * Admits a JSON request body before validation: 415 unless it is JSON, 413 over the limit, 400
 * `invalid_json` when it does not parse. The text is kept on the request (`c.req.text()`), where the
 * validator's `c.req.json()` finds it.
 *
 * A body with a Content-Length is judged by it: the HTTP parser delivers exactly that many bytes, and
 * reading it through `c.req.text()` lets `@hono/node-server` take the bytes straight from Node's
 * request, where touching `c.req.raw.body` would build a web stream and a second Request for each
 * submission. A body without one (a stream) goes through Hono's `bodyLimit`, which counts the bytes
 * actually read.
 */
export function jsonBody(maxBytes = maxBodyBytes): MiddlewareHandler {
  const tooLarge = () => new ApiError(413, "too_large", `the body is larger than ${maxBytes} bytes`);
  const limit = bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw tooLarge();
    },
  });
  return async (c, next) => {
    const mediaType = (c.req.header("Content-Type") ?? "").split(";")[0]?.trim() ?? "";
    if (!jsonMediaType.test(mediaType)) {
      throw new ApiError(415, "unsupported_media_type", "send the body as Content-Type: application/json");
    }
    const declared =
      c.req.header("Transfer-Encoding") === undefined ? c.req.header("Content-Length") : undefined;
    let text = "";
    const read = async () => {
      text = await c.req.text().catch((error: unknown) => {
        // Over the limit: bodyLimit's own error; anything else, the client went away or sent a
        // broken stream, which is its fault, not the server's.
        if (error instanceof ApiError) throw error;
        throw new ApiError(400, "invalid_body", "the body could not be read");
      });
    };
    if (declared === undefined) await limit(c, read);
    else if (Number.parseInt(declared, 10) > maxBytes) throw tooLarge();
    else await read();
    try {
      JSON.parse(text);
    } catch (error) {
      throw new ApiError(400, "invalid_json", `the body is not valid JSON: ${(error as Error).message}`);
    }
    return next();
  };
}
