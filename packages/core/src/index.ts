export { analyzeUrl, analyzeMessage } from './analyze.ts';
export type { UrlOptions, MessageOptions } from './analyze.ts';
export type * from './types.ts';
export { SUPPORTED_UI_LANGS } from './types.ts';
export type { LinkPreview } from './subjects/types.ts';
export { RULESET_VERSION } from './version.ts';
export { GhostGuardError, ConfigurationError, UnsupportedLanguageError } from './errors.ts';
export { renderVerdict, renderMessage, renderAdvice } from './i18n/render.ts';
export type { RenderedVerdict } from './i18n/render.ts';
