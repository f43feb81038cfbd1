export { type Config, ConfigError, readConfig } from "./config.js";
export { demoPartnershipId, seedDemo } from "./seed.js";
export { createApp, type RunningServer, startServer } from "./server.js";
export { openStorage } from "./storage.js";
