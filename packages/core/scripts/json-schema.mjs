// Writes json-schema/*.schema.json from the built schemas (run by `npm run build`).
import { mkdirSync, writeFileSync } from "node:fs";
import { jsonSchemas } from "../dist/index.js";

const folder = new URL("../json-schema/", import.meta.url);
mkdirSync(folder, { recursive: true });
for (const [name, schema] of Object.entries(jsonSchemas())) {
  writeFileSync(new URL(`${name}.schema.json`, folder), `${JSON.stringify(schema, null, 2)}\n`);
}
