// Importing the package registers every element, like the script-tag bundle does; import the
// classes alone from the element modules (`@cwd/widgets/survey`) to register under other names.
import "./provider/define.js";
import "./survey/define.js";

export { type Lang, type Messages, messages } from "./internal/i18n.js";
export { storeContext } from "./internal/store-context.js";
export { StoreController, type StoreHost } from "./internal/store-controller.js";
export { CwdProvider } from "./provider/provider.js";
export { CwdSurvey } from "./survey/survey.js";
