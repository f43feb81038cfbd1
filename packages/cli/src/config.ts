/** How `cwd` finds its storage, port and admin token: flags first, then environment variables. */
export interface Config {
  port: number;
  host: string;
  /** PGlite data folder, used when no databaseUrl is given. */
  dataDir: string;
  /** PostgreSQL connection string (DATABASE_URL); when set, PGlite is not used. */
  databaseUrl: string | undefined;
  /** Bearer token for every write other than the public ones; without it such writes answer 401. */
  adminToken: string | undefined;
  /** Seed Partnerstwo Ziemia Wysokomazowiecka when it is not stored yet. */
  seedDemo: boolean;
  /** Public submissions one client address may make a minute; 0 turns the limit off. */
  publicWritesPerMinute: number;
  /**
   * How many reverse proxies stand before the server (0: none). The client's address is then read
   * from X-Forwarded-For, that many entries from the right.
   */
  trustedProxies: number;
}

export interface ConfigFlags {
  port?: string;
  host?: string;
  dataDir?: string;
  demo?: boolean;
}

export class ConfigError extends Error {}

/**
 * Reads the configuration from command-line flags and the environment
 * (PORT, HOST, CWD_DATA_DIR, DATABASE_URL, CWD_ADMIN_TOKEN, CWD_PUBLIC_WRITES_PER_MINUTE, CWD_TRUST_PROXY).
 * Throws ConfigError naming the bad setting.
 */
export function readConfig(flags: ConfigFlags, env: NodeJS.ProcessEnv = process.env): Config {
  const portText = flags.port ?? env.PORT ?? "8080";
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) {
    throw new ConfigError(`port: "${portText}" is not a port number (0 to 65535); set --port or PORT`);
  }
  const adminToken = env.CWD_ADMIN_TOKEN?.trim() || undefined;
  if (adminToken !== undefined && adminToken.length < 16) {
    throw new ConfigError("CWD_ADMIN_TOKEN: use at least 16 characters, e.g. `openssl rand -hex 24`");
  }
  // A token is sent as `Authorization: Bearer <token>`, which carries no spaces or other odd
  // characters: such a token would be accepted here and then never match.
  if (adminToken !== undefined && !bearerToken.test(adminToken)) {
    throw new ConfigError(
      "CWD_ADMIN_TOKEN: use only letters, digits and - . _ ~ + / (no spaces), e.g. `openssl rand -hex 24`",
    );
  }
  const limitText = env.CWD_PUBLIC_WRITES_PER_MINUTE ?? "60";
  if (!/^\d+$/.test(limitText)) {
    throw new ConfigError(
      `CWD_PUBLIC_WRITES_PER_MINUTE: "${limitText}" is not a whole number (0 turns the limit off)`,
    );
  }
  return {
    port,
    host: flags.host ?? env.HOST ?? "127.0.0.1",
    dataDir: flags.dataDir ?? env.CWD_DATA_DIR ?? ".cwd-data",
    databaseUrl: env.DATABASE_URL?.trim() || undefined,
    adminToken,
    seedDemo: flags.demo ?? true,
    publicWritesPerMinute: Number(limitText),
    trustedProxies: readTrustedProxies(env.CWD_TRUST_PROXY),
  };
}

/** The characters of a bearer token (RFC 6750 `b64token`). */
const bearerToken = /^[A-Za-z0-9\-._~+/]+=*$/;

/** CWD_TRUST_PROXY: the number of reverse proxies in front (`true` means one); absent or 0: none. */
function readTrustedProxies(text: string | undefined): number {
  if (text === undefined || text === "" || text === "false") return 0;
  if (text === "true") return 1;
  if (!/^\d{1,2}$/.test(text)) {
    throw new ConfigError(
      `CWD_TRUST_PROXY: "${text}" is not the number of reverse proxies in front of the server (0 to 99)`,
    );
  }
  return Number(text);
}
