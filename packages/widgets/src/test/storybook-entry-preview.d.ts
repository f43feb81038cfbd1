// The web-components renderer's preview entry ships without types; the story tests only hand it to
// composeStories, as Storybook's own preview does.
declare module "@storybook/web-components/entry-preview" {
  export const render: unknown;
  export const renderToCanvas: unknown;
  export const parameters: unknown;
}
