import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { jsonSchemas } from "./json-schema.js";

describe("jsonSchemas", () => {
  it("matches the committed json-schema files (run npm run build to refresh them)", () => {
    for (const [name, schema] of Object.entries(jsonSchemas())) {
      const committed = JSON.parse(
        readFileSync(new URL(`../../json-schema/${name}.schema.json`, import.meta.url), "utf8"),
      );
      expect(committed, name).toEqual(schema);
    }
  });

  it("describes a member's kind, TERC code and sourced population", () => {
    const member = (
      jsonSchemas().partnership as { properties: { members: { items: Record<string, unknown> } } }
    ).properties.members.items as {
      properties: Record<string, { enum?: string[]; required?: string[] }>;
      required: string[];
    };
    expect(member.properties.kind?.enum).toContain("gmina_miejsko_wiejska");
    expect(member.required).toEqual(expect.arrayContaining(["id", "name", "kind", "terc"]));
    expect(member.properties.population?.required).toEqual(
      expect.arrayContaining(["value", "year", "source"]),
    );
  });
});
