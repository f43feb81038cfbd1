import type { Plugin } from "esbuild";

export function minifyCss(text: string): string;
export function minifyHtml(text: string): string;
export function minifyTemplates(fileName: string, source: string): string;
export const minifyLiterals: Plugin;
