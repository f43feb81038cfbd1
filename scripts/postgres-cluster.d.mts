/** The bin folder of the newest PostgreSQL installed the Debian way, if any. */
export function findPostgresBin(): string | undefined;
/** Starts a cluster in a temporary folder, trusting local connections, on a free port. */
export function startCluster(bin: string): Promise<{ url: string; stop: () => void }>;
