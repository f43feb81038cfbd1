import { maxVersion, ValidationError } from "@cwd/core";

/** The ETag of a stored version: `"3"`. */
export function etag(version: number): string {
  return `"${version}"`;
}

/**
 * The version a write read, from `If-Match: "3"` and/or the body's `version`; undefined means
 * "create". A bare `3` is accepted for hand-written requests; `*` and weak tags are not, as they
 * would let a write pass without naming what it overwrites.
 */
export function versionRead(
  ifMatch: string | undefined,
  bodyVersion: number | undefined,
): number | undefined {
  if (ifMatch === undefined) return bodyVersion;
  const match = /^\s*(?:"([1-9]\d{0,14})"|([1-9]\d{0,14}))\s*$/.exec(ifMatch);
  const digits = match?.[1] ?? match?.[2];
  if (digits === undefined) {
    throw new ValidationError([{ path: "If-Match", message: 'must be the version in quotes, such as "3"' }]);
  }
  const version = Number(digits);
  if (version > maxVersion) {
    throw new ValidationError([{ path: "If-Match", message: `must be a version from 1 to ${maxVersion}` }]);
  }
  if (bodyVersion !== undefined && bodyVersion !== version) {
    throw new ValidationError([
      { path: "version", message: `is ${bodyVersion} but If-Match says ${version}` },
    ]);
  }
  return version;
}

/** 400 naming `field` when the id in the path and the one in the body differ. */
export function samePathAndBody(field: string, inPath: string, inBody: string): void {
  if (inPath !== inBody) {
    throw new ValidationError([{ path: field, message: `is ${inBody} but the path says ${inPath}` }]);
  }
}
