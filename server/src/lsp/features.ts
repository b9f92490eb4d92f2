// Language features: LSP requests answered by the engine's services (server/src/language/services/).
import type { ServerCapabilities } from 'vscode-languageserver/node';
import type { CoopSpecServer } from './server';

export function languageFeatureCapabilities(_server: CoopSpecServer): ServerCapabilities {
  return {};
}

export function registerLanguageFeatures(_server: CoopSpecServer): void {}
