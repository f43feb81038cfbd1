/** Every token we make starts with this, so a leaked one is recognised (by a secret scanner too). */
export const tokenPrefix = "cwd_";

/**
 * A new token secret: 32 random bytes, base64url, after the `cwd_` prefix.
 *
 * @example
 * newTokenSecret() // "cwd_q3N0…" (47 characters)
 */
export function newTokenSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return tokenPrefix + base64url(bytes);
}

/**
 * The SHA-256 of a token, in hex: what is stored and looked up instead of the token. A token has
 * 256 random bits, so a plain hash suffices; a slow password hash would only slow every request.
 *
 * @example
 * await hashToken("cwd_abc") // "6a1c…" (64 hex digits)
 */
export async function hashToken(token: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(token));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

function base64url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}
