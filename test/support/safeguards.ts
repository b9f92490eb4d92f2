// Complete workspaces with a coercive measure, shared by the tests of the safeguards rules
// (CR401–CR406) and of suppression: each test removes one safeguard and expects its finding.

/** Every safeguard of a production order (CR401, CR405, CR406). */
export const PRODUCTION_SAFEGUARDS = `  safeguards {
    authorization: judicial "Order of the investigating judge, 2 June 2026"
    necessity: "The records exist only at the provider"
    proportionality: "One account, one month"
    notice: deferred "Told when the investigation closes"
    redress: "Appeal to the chamber of appeal"
  }`;

/** Every safeguard of an interception (CR402, CR403). */
export const REAL_TIME_SAFEGUARDS = `  safeguards {
    authorization: judicial "Decree of the GIP of Milan, 2 June 2026"
    necessity: "The sender hides behind the chat service"
    proportionality: "One account"
    duration: 30 days
    scope: "Content of the account vendetta77 only"
    notice: deferred "Told when the investigation closes"
    redress: "Appeal to the Court of Cassation"
  }`;

/** A safeguards block without the entries of `keys`. */
export function withoutEntries(block: string, ...keys: string[]): string {
  return block
    .split('\n')
    .filter((l) => !keys.some((k) => l.startsWith(`    ${k}:`)))
    .join('\n');
}

/** The parties, offence and data item a production order from FR to the US names. */
export const PRODUCTION_DECLARATIONS = `party FR {
  name: "France"
  instruments: [budapest, ets30]
}

party US {
  name: "United States"
  instruments: [budapest]
}

offence ransomware {
  conduct: "Encrypting the systems of a hospital and demanding payment"
  category: budapest art 5
  law FR { cite: "Criminal Code, obstruction of a data system"  max-penalty: 5 years }
  law US { cite: "Federal computer fraud statute"  max-penalty: 10 years }
}

data payments {
  type: traffic
  description: "Payment records of the ransom wallet"
  relevance: "The ransom was paid to this wallet"
  custodian: provider "Coin Exchange Inc." in US
}

`;

/**
 * A complete workspace with a coercive measure (production by default), for CR401, CR405 and
 * CR406: `safeguards` is its block ('' for none), `header` follows the request's `{` (a marker).
 * The payment records are traffic data, so the request says how they are protected (CR407).
 */
export function productionWorkspace(safeguards: string, header = '', measure = 'production'): string {
  return `${PRODUCTION_DECLARATIONS}request MLA-1 mutual-assistance {${header}
  measure: ${measure}
  from: FR
  to: US
  basis: budapest art 31
  authority: "Juge d'instruction, Paris"
  purpose: "Identify the holder of the ransom wallet"
  offences: [ransomware]
  facts: "The ransom was paid to the wallet in January 2026"
  data: [payments]
${safeguards ? `${safeguards}\n` : ''}  data-protection: "Used only in this investigation; deleted after final judgment"
  grounds {
    dual-criminality: not-engaged "Punishable in FR and in the US"
    political-offence: not-engaged "Financially motivated extortion"
    essential-interests: not-engaged "Ordinary criminal evidence"
    persecution: not-engaged "No protected characteristic is involved"
  }
}
`;
}

/** A complete workspace with a real-time measure, for CR402 and CR403 (as productionWorkspace). */
export function realTimeWorkspace(safeguards: string, header = '', measure = 'interception'): string {
  return `party IT {
  name: "Italy"
  instruments: [budapest, ets30]
}

party CH {
  name: "Switzerland"
  instruments: [budapest, ets30]
}

offence extortion {
  conduct: "Threatening a journalist to obtain payment through a chat service"
  law IT { cite: "Criminal Code, extortion"  max-penalty: 10 years }
  law CH { cite: "Criminal Code, extortion"  max-penalty: 10 years }
}

data chats {
  type: traffic
  description: "Traffic of the chat account vendetta77, for the period authorised"
  relevance: "The threats are sent from this account"
  custodian: provider "ChatCo AG" in CH
}

request MLA-1 mutual-assistance {${header}
  measure: ${measure}
  from: IT
  to: CH
  basis: budapest art 34
  authority: "Procura della Repubblica di Milano"
  purpose: "Identify and stop the sender of the threats"
  offences: [extortion]
  facts: "Since May 2026 the journalist has received daily threats"
  data: [chats]
  data-protection: "Used only in this investigation"
${safeguards ? `${safeguards}\n` : ''}  grounds {
    dual-criminality: not-engaged "Extortion is criminal in both States"
    political-offence: not-engaged "Personal gain"
    essential-interests: not-engaged "Ordinary criminal evidence"
    persecution: not-engaged "No protected characteristic involved"
    human-rights: not-engaged "Targets only the sender's account"
  }
}
`;
}
