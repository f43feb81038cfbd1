import { type Preview, setCustomElementsManifest } from "@storybook/web-components-vite";
// Generated from the elements' JSDoc (npm run generate -w packages/widgets): attributes, events,
// parts and CSS properties become the Docs tables and controls.
import manifest from "../packages/widgets/custom-elements.json";

setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ["autodocs"],
  parameters: {
    layout: "padded",
    controls: { expanded: true },
  },
};

export default preview;
