// Tests, Storybook and type checks read our packages from source, so they need no build first.
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

export const sourceAliases = [
  { find: /^@cwd\/core$/, replacement: `${root}packages/core/src/index.ts` },
  { find: /^@cwd\/adapters\/(.+)$/, replacement: `${root}packages/adapters/src/$1.ts` },
  { find: /^@cwd\/widgets$/, replacement: `${root}packages/widgets/src/index.ts` },
];
