// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the sources under test are TypeScript held in strings.
import { describe, expect, it } from "vitest";
import { minifyTemplates } from "./minify-literals.mjs";

describe("minifyTemplates", () => {
  it("shrinks the text of css templates: comments, indentation, space by braces, semicolons and declarations' colons", () => {
    const source =
      "const s = css`\n  /* why */\n  :host {\n    display: block;\n    margin: 0 auto;\n  }\n  a :focus, b > c { color: red; }\n`;";
    expect(minifyTemplates("x.ts", source)).toBe(
      "const s = css`:host{display:block;margin:0 auto}a :focus,b > c{color:red}`;",
    );
  });

  it("turns each line break in html and svg templates, with its indentation, into one space", () => {
    const source = 'html`<p\n    class="a">\n  text\n</p>`; svg`<g>\n  <rect />\n</g>`;';
    expect(minifyTemplates("x.ts", source)).toBe('html`<p class="a"> text </p>`; svg`<g> <rect /> </g>`;');
  });

  it("leaves the expressions, nested templates' code, other tags and plain strings as they were", () => {
    const source =
      'html`<ul>\n  ${items.map((i) => html`<li>\n  ${i}</li>`)}\n</ul>\n`; const t = `keep\n  me`; md`a\n  b`; const u = "x\\n  y";';
    expect(minifyTemplates("x.ts", source)).toBe(
      'html`<ul> ${items.map((i) => html`<li> ${i}</li>`)} </ul> `; const t = `keep\n  me`; md`a\n  b`; const u = "x\\n  y";',
    );
  });

  it("keeps a css expression's surroundings apart: `${a} ${b}` stays two values", () => {
    expect(minifyTemplates("x.ts", "css`margin: ${a}  ${b};\n`")).toBe("css`margin: ${a} ${b};`");
  });

  it("keeps a selector's colons and the space of a descendant pseudo-class, inside at-rules too", () => {
    const source = "css`@container (max-width: 36rem) {\n  a:hover, b :focus-visible { color: red; }\n}`";
    expect(minifyTemplates("x.ts", source)).toBe(
      "css`@container (max-width: 36rem){a:hover,b :focus-visible{color:red}}`",
    );
  });
});
