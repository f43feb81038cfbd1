// Moved to participation/ (surveys and budget votes share it); kept importable here.
export { sha256Hex } from "../participation/sha256.js";
