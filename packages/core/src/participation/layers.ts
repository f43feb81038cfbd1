import * as z from "zod/mini";

/**
 * One answer or ballot per person by invitation: only submissions with one of these codes are taken,
 * each code once (`cwd codes create`). The survey or round keeps digests (`codeDigest`), never the codes.
 */
export const InvitationCodes = z.object({
  digests: z
    .array(z.string().check(z.regex(/^[0-9a-f]{32}$/, "must be 32 hex digits")))
    .check(z.maxLength(5000)),
});
export type InvitationCodes = z.infer<typeof InvitationCodes>;

/** A code as a submission carries it (normalised: capitals, digits, hyphens). */
export const InvitationCode = z
  .string()
  .check(z.regex(/^[A-Z0-9-]{4,32}$/, "must be 4-32 capital letters, digits or hyphens"));

/**
 * The layers a survey or budget round chooses against answering twice: invitation codes (checked by
 * the store), a marker the widget leaves on the device, and kiosk mode (the widget clears itself for
 * the next person after each submission).
 */
export const ParticipationLayers = {
  invitationCodes: z.optional(InvitationCodes),
  deviceMarker: z.optional(z.boolean()),
  kiosk: z.optional(z.boolean()),
};
