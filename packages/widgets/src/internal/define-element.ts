/**
 * Registers an element unless that name is taken: a CMS page may load the bundle twice, or load it
 * next to an npm build of the same widgets, and `customElements.define` would throw.
 */
export function define(name: string, element: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, element);
}
