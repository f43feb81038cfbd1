import type { StorybookConfig } from "@storybook/web-components-vite";
import { sourceAliases } from "../scripts/aliases.mjs";

const config: StorybookConfig = {
  framework: "@storybook/web-components-vite",
  stories: ["../packages/widgets/src/**/*.stories.ts"],
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
