/**
 * Union Customs Code provisions a held consignment runs into: the duty to provide information,
 * penalties, amending a declaration, disposal of goods not cleared in time, and abandonment.
 */
import type { Rule, RuleSource } from "./rule";

const UCC: RuleSource = { title: "Regulation (EU) No 952/2013 laying down the Union Customs Code", url: "https://eur-lex.europa.eu/eli/reg/2013/952/oj" };
const rule = (id: string, article: string, summary: string): Rule<string> => ({
  id,
  version: 1,
  summary,
  value: article,
  from: "2016-05-01",
  sources: [{ title: `Union Customs Code (Regulation (EU) No 952/2013), ${article}`, url: UCC.url }],
});

export const UCC_PROVIDE_INFORMATION = rule("eu.customs.ucc.provide-information", "Art. 15", "Anyone involved in customs formalities must give the customs authorities, on request and within the time set, all documents and information needed (e.g. the commercial invoice and proof of payment)");
export const UCC_PENALTIES = rule("eu.customs.ucc.penalties", "Art. 42", "Member States set effective, proportionate and dissuasive penalties for breaches of customs legislation, such as an undervalued declaration");
export const UCC_AMEND_DECLARATION = rule("eu.customs.ucc.amend-declaration", "Art. 173", "The declarant may amend a customs declaration on request (before release, unless customs has already found it incorrect); a voluntary correction is treated more leniently than a false value maintained");
export const UCC_DISPOSAL = rule("eu.customs.ucc.disposal-of-goods", "Art. 197-198", "Goods whose formalities are not completed within the period set are disposed of (returned, sold, destroyed) at the cost of the person concerned; storage costs accrue meanwhile");
export const UCC_ABANDONMENT = rule("eu.customs.ucc.abandonment", "Art. 199", "Non-Union goods may, with customs' prior permission, be abandoned to the State; the seller then still owes the customer a refund or a replacement");
