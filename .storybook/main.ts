import type { StorybookConfig } from "@storybook/web-components-vite";
import { sourceAliases } from "../scripts/aliases.mjs";

const config: StorybookConfig = {
  framework: "@storybook/web-components-vite",
  // Every element folder's stories; a new element is found here without touching this file.
  stories: ["../packages/widgets/src/**/*.stories.ts"],
  // A docs page per element: its attributes, properties, events, parts and CSS properties come from
  // the elements manifest (custom-elements.json), read in preview.ts.
  addons: ["@storybook/addon-docs"],
  // Offline machines: without this the build waits on the telemetry endpoint.
  core: { disableTelemetry: true },
  // Stories read our packages from source, like the tests, so they need no build first.
  async viteFinal(viteConfig) {
    const existing = viteConfig.resolve?.alias;
    const aliases = Array.isArray(existing)
      ? existing
      : Object.entries(existing ?? {}).map(([find, replacement]) => ({ find, replacement }));
    return { ...viteConfig, resolve: { ...viteConfig.resolve, alias: [...sourceAliases, ...aliases] } };
  },
};

export default config;
