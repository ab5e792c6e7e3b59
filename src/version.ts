// Generated from package.json by scripts/embed-version.mjs; do not edit. A test keeps the two identical.
export const TOOL_VERSION = '0.1.0';
