export function downloads(entry: string): Promise<string[]>;
export function sizeReport(): Promise<void>;
