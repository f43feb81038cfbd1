// The provider is registered first, so the chart finds the store it names.
import "../provider/register.js";
import { define } from "../internal/define-element.js";
import { CwdIndicatorChart } from "./indicator-chart.js";

define("cwd-indicator-chart", CwdIndicatorChart);
