export function elementFolders(): string[];
export function elementsModule(folders?: string[]): string;
