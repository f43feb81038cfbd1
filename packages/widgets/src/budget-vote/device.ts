// The marker a budget round with `deviceMarker` leaves after a ballot, in localStorage (as surveys do).
// Storage can be missing or blocked (private mode): the calls fail quietly; the server's layers still hold.

const key = (partnershipId: string, roundId: string) => `cwd-budget-vote:voted:${partnershipId}:${roundId}`;

export function markVoted(partnershipId: string, roundId: string, at: string): void {
  try {
    globalThis.localStorage?.setItem(key(partnershipId, roundId), at);
  } catch {
    // No storage, no marker.
  }
}

export function votedAt(partnershipId: string, roundId: string): string | undefined {
  try {
    return globalThis.localStorage?.getItem(key(partnershipId, roundId)) ?? undefined;
  } catch {
    return undefined;
  }
}
