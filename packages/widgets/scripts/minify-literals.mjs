// The minifier shrinks our code but leaves the text of template literals alone: the indentation and
// comments of every `css` and `html` template would reach each resident's download. These functions
// shrink those templates in the browser builds (scripts/browser-builds.mjs). The parts between
// `${…}` are the only text touched, found with TypeScript's parser, never with a pattern.
import ts from "typescript";

/**
 * CSS: comments dropped, every run of white space one space, none next to `{ } ; ,`, none after a
 * declaration's colon (a property name right after `{` or `;`; a selector's colon is never there),
 * and no `;` before `}`.
 */
export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\s+/g, " ")
    .replace(/\s*([{};,])\s*/g, "$1")
    .replace(/([{;][-\w]+:) /g, "$1")
    .replace(/;}/g, "}");
}

/**
 * HTML: a run of white space that holds a line break becomes one space (a browser renders both
 * alike, outside `<pre>`, which our templates do not use). Comments are left: Lit's markers are
 * its own, and ours are none.
 */
export function minifyHtml(text) {
  return text.replace(/\s*\n\s*/g, " ");
}

const minifiers = { css: minifyCss, html: minifyHtml, svg: minifyHtml };

/**
 * The source with the literal parts of its `css`, `html` and `svg` templates shrunk.
 *
 * @example
 * minifyTemplates("x.ts", "css`\n  :host {\n    display: block;\n  }\n`") // "css`:host{display: block}`"
 */
export function minifyTemplates(fileName, source) {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && node.tag.text in minifiers) {
      const minify = minifiers[node.tag.text];
      const template = node.template;
      const parts = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template]
        : [template.head, ...template.templateSpans.map((span) => span.literal)];
      parts.forEach((part, index) => {
        // The raw text between the delimiters: after "`" or "}", before "`" or "${".
        const start = part.getStart(file) + 1;
        const last = index === parts.length - 1;
        const end = part.getEnd() - (last ? 1 : 2);
        let text = minify(source.slice(start, end));
        // A style sheet's own first and last space mean nothing; a fragment of markup's may.
        if (node.tag.text === "css")
          text = index === 0 ? (last ? text.trim() : text.trimStart()) : last ? text.trimEnd() : text;
        edits.push({ start, end, text });
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let result = source;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  }
  return result;
}
