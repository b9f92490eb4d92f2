// Product metadata shared by the hosts. The version is package.json's, so that one bump changes
// the CLI, the server, the SARIF and JSON reports and the extension together (the bundles hold
// only that field of package.json).

import { version } from '../../../package.json';

export const PRODUCT = 'CoopSpec';
export const VERSION: string = version;
export const HOMEPAGE = 'https://github.com/coopspec/coopspec';

/** Where a rule's page lives: docs/rules/CRnnn.md of the repository. */
export function ruleDocsUrl(id: string, base = `${HOMEPAGE}/blob/main/docs/rules/`): string {
  return `${base}${id}.md`;
}
