import { has, refs, unusable, value } from '../model';
import { andList } from '../util';
import type { Decl, Rule } from './types';

/** The custodian's name as the data declaration gives it (provider name or string), normalised. */
function custodianName(data: Decl): string | undefined {
  const v = data.model.fields.get('custodian')?.value;
  if (!v) return undefined;
  if (v.t === 'provider') return v.name;
  if (v.t === 'text') return v.node.value.trim().toLowerCase();
  return undefined;
}

export const cr501: Rule = {
  meta: {
    id: 'CR501',
    alias: 'controller-first',
    severity: 'info',
    description:
      'A request seeks data whose `controller` is not their custodian, without `controller-risk` saying why the controller is not asked first.',
    articles: [],
    fixable: false,
    hasSuggestions: false,
    rationale:
      'When a company stores its data with a cloud provider, the data belong to the company (the controller), not to the provider. Practice, and the data-protection rules of many parties, expect the authority to seek the data from the controller first, and to go to the provider only when that would compromise the investigation — which the request should say.',
    example: {
      bad: 'data invoices {\n  custodian: provider "Marketplace s.r.o." in SK\n  controller: "Alfa Trade Kft."\n}\n\nrequest MLA-1 mutual-assistance {\n  data: [invoices]\n}',
      good: 'data invoices {\n  custodian: provider "Marketplace s.r.o." in SK\n  controller: "Alfa Trade Kft."\n}\n\nrequest MLA-1 mutual-assistance {\n  data: [invoices]\n  controller-risk: "The company\'s directors are suspects"\n}',
    },
  },
  keywords: ['request'],
  check(ctx) {
    const decl = ctx.decl;
    if (has(decl.model, 'controller-risk')) return;
    const seeking: Decl[] = [];
    for (const item of refs(decl.model, 'data')) {
      const data = ctx.resolve(item.name, 'data');
      if (!data) continue;
      const controller = value(data.model, 'controller', 'text');
      // Cannot decide when the custodian is present but unusable (CR004 on it).
      if (!controller || unusable(data.model, 'custodian')) continue;
      if (custodianName(data) === controller.node.value.trim().toLowerCase()) continue;
      if (!seeking.includes(data)) seeking.push(data);
    }
    if (seeking.length === 0) return;
    ctx.report(
      decl.syntax.name,
      `Request ${decl.name} seeks data ${andList(seeking.map((d) => d.name))} from ${seeking.length === 1 ? 'its' : 'their'} custodian rather than ${seeking.length === 1 ? 'its' : 'their'} controller, and gives no "controller-risk" saying why the controller cannot be asked first.`,
      {
        related: seeking.map((d) => ({ decl: d, span: d.model.fields.get('controller')!.entry, message: `controller of data ${d.name}` })),
      },
    );
  },
};
