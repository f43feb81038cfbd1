// The marker an element leaves in localStorage when this device took part (answered a survey, voted
// in a round), for the one-answer-per-person layer `deviceMarker`. Storage can be missing or blocked
// (private mode): the calls fail quietly, and the server's other layers still hold.

/** Notes under `key` when this device took part. */
export function markDevice(key: string, at: string): void {
  try {
    globalThis.localStorage?.setItem(key, at);
  } catch {
    // No storage, no marker.
  }
}

/** When this device took part, as noted under `key`, if it did. */
export function deviceMarkedAt(key: string): string | undefined {
  try {
    return globalThis.localStorage?.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}
