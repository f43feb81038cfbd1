/**
 * The autoloader for a plain `<script type="module" src="…/cwd-loader.js">`: each `cwd-*` element on
 * the page, there now or added later, loads its own module the first time it is seen, so a page
 * downloads only the elements it shows (with the chunks they share: Lit, zod/mini, our core).
 * Module addresses are resolved against this script's own address, so it works from any origin.
 */

/** The element folders, space-separated ("provider survey"), written in by the build. */
declare const CWD_ELEMENTS: string;

const known = new Set(CWD_ELEMENTS.split(" ").map((folder) => `cwd-${folder}`));
const loading = new Map<string, Promise<unknown>>();
const watched = new WeakSet<ShadowRoot>();

/** Loads the module of `tag` once; resolves when the element is defined. */
function load(tag: string): Promise<unknown> {
  let done = loading.get(tag);
  if (!done) {
    const url = new URL(`./${tag}.js`, import.meta.url).href;
    done = import(url).then(
      () => customElements.whenDefined(tag),
      (error) => {
        loading.delete(tag); // a later sighting tries again (the network may be back)
        console.error(`cwd-loader: could not load <${tag}> from ${url}`, error);
      },
    );
    loading.set(tag, done);
  }
  return done;
}

/** Our elements may render other `cwd-*` elements in their (open) shadow roots: watch those too. */
function watch(root: ShadowRoot | null): void {
  if (!root || watched.has(root)) return;
  watched.add(root);
  observer.observe(root, { childList: true, subtree: true });
  discover(root);
}

function discover(root: ParentNode): void {
  const elements =
    root instanceof Element ? [root, ...root.querySelectorAll("*")] : root.querySelectorAll("*");
  for (const element of elements) {
    const tag = element.localName;
    if (!known.has(tag)) continue;
    if (customElements.get(tag)) watch(element.shadowRoot);
    else void load(tag).then(() => watch(element.shadowRoot));
  }
}

const observer = new MutationObserver((records) => {
  for (const record of records) {
    for (const node of record.addedNodes) if (node instanceof Element) discover(node);
  }
});

observer.observe(document.documentElement, { childList: true, subtree: true });
discover(document);
