// Importing the package registers every element, like the script-tag bundle does; import the
// classes alone from the element modules (`@cwd/widgets/survey`) to register under other names.
export * from "./elements.js";
export { Announcer } from "./internal/announcer.js";
export { CwdElement } from "./internal/cwd-element.js";
export { localised, plural } from "./internal/i18n.js";
export {
  elementMessages,
  InheritedLang,
  type Lang,
  langSource,
  languageOf,
  type SharedMessages,
  sharedMessages,
} from "./internal/lang.js";
export { storeContext } from "./internal/store-context.js";
export { StoreController, type StoreHost } from "./internal/store-controller.js";
