import { noChange } from "lit";
import { type AttributePart, Directive, directive, type PartInfo, PartType } from "lit/directive.js";

type Properties = Readonly<Record<string, string>>;

/**
 * Inline style for computed positions and sizes (a bar's width, a row's indent), set through the
 * CSSOM and never written as a `style` attribute: a municipal site's Content-Security-Policy
 * without 'unsafe-inline' (the demo portal's among them) blocks the attribute, and Lit's styleMap
 * writes the attribute on first render, but no policy governs `style.setProperty`. Property names
 * are CSS's own (`padding-block`, `--_depth`).
 *
 * @example
 * html`<span class="bar" style=${styleProperties({ width: "40%" })}></span>`
 */
class StyleProperties extends Directive {
  private previous: Properties = {};

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ATTRIBUTE || part.name !== "style")
      throw new Error("styleProperties belongs in an element's style attribute");
  }

  render(_properties: Properties): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [properties]: [Properties]): typeof noChange {
    const { style } = part.element as HTMLElement;
    for (const name in this.previous) if (!(name in properties)) style.removeProperty(name);
    for (const name in properties) style.setProperty(name, properties[name] as string);
    this.previous = properties;
    return noChange;
  }
}

export const styleProperties = directive(StyleProperties);
