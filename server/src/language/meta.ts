// Product metadata shared by the hosts.

export const PRODUCT = 'CoopSpec';
export const VERSION = '0.1.0';
export const HOMEPAGE = 'https://github.com/coopspec/coopspec';

/** Where a rule's page lives: docs/rules/CRnnn.md of the repository. */
export function ruleDocsUrl(id: string, base = `${HOMEPAGE}/blob/main/docs/rules/`): string {
  return `${base}${id}.md`;
}
