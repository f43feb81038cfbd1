import { createMemoryStore } from "./memory.js";
import { describeStoreContract } from "./testing.js";

describeStoreContract("memory", () => createMemoryStore());
