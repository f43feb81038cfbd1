// Payloads that would run script or inject markup if any text were rendered as HTML. Every test of
// the consultation widgets puts them in every field a resident or an editor can fill.
export const hostilePayloads = [
  "<script>window.__pwned = 1</script>",
  '<img src=x onerror="window.__pwned = 1">',
  '"><svg onload="window.__pwned=1">',
  "javascript:window.__pwned=1",
  '<a href="javascript:window.__pwned=1">klik</a>',
  "{{constructor.constructor('window.__pwned=1')()}}",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the payload is this very text
  "${window.__pwned=1}",
  "<style>*{display:none}</style><b>pogrubione</b>",
  '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
];

/** One payload in every text field, joined so a single text holds them all. */
export const hostileText = hostilePayloads.join(" ");
