/**
 * Engine: which product-compliance obligations a seller has when it imports its goods into an EU
 * warehouse and sells them to Germany and/or France, as of a date. Packaging registration in
 * Germany (LUCID), French EPR (eco-organisation + IDU) and Triman/Info-tri, GPSR (EU responsible
 * operator, listing information) and CBAM (transitional reports or authorised declarant); what the
 * marketplace must check; and how many tonnes the importer may add before the CBAM 50 t threshold.
 */
import { z } from "zod";
import {
  DE_MARKETPLACE_REGISTRATION_CHECK,
  EU_CBAM_DEFINITIVE,
  EU_CBAM_GOODS,
  EU_CBAM_TRANSITIONAL,
  EU_GPSD_NO_LISTING_REQUIREMENT,
  EU_GPSR_ONLINE_LISTING,
  EU_GPSR_RESPONSIBLE_OPERATOR,
  FR_EPR_PRODUCER_IDU,
  FR_MARKETPLACE_IDU_COLLECTION,
  FR_PROFESSIONAL_PACKAGING_EPR,
  deLucidRegistrationRule,
  frTrimanRule,
  type CbamGoods,
} from "../../../rules/product-compliance";
import { IsoDateSchema, isInForce, type IsoDate } from "../../../rules/rule";
import { citeRule, type Engine, type PredictedMistake, type RuleCitation, type Solution } from "../../engine";

const ParamsSchema = z.strictObject({
  asOf: IsoDateSchema.refine((date) => date >= FR_EPR_PRODUCER_IDU.from, "cases start with the AGEC IDU regime (2022-01-01)"),
  sellerEstablishment: z.enum(["outside-eu", "eu"]),
  targetMarkets: z.enum(["DE", "FR", "DE-and-FR"]),
  productCategory: z.enum(["phone-cases", "ceramic-mugs", "diy-steel-screws", "aluminium-ladders", "machine-steel-bolts", "aluminium-profiles"]),
  channel: z.enum(["marketplace", "own-shop"]),
  /** Net mass the importer expects to import in the calendar year of `asOf`, tonnes (all its goods of this category). */
  annualImportTonnes: z.number().min(0),
});
export type ProductComplianceParams = z.infer<typeof ParamsSchema>;
type Category = ProductComplianceParams["productCategory"];

/** Case facts per category: consumer product (household packaging) or B2B (professional packaging), and CBAM goods. */
export const CATEGORY_FACTS: Record<Category, { isConsumerProduct: boolean; cbamGoods: CbamGoods | null; cn: string }> = {
  "phone-cases": { isConsumerProduct: true, cbamGoods: null, cn: "3926" },
  "ceramic-mugs": { isConsumerProduct: true, cbamGoods: null, cn: "6912" },
  "diy-steel-screws": { isConsumerProduct: true, cbamGoods: "iron-steel", cn: "7318" },
  "aluminium-ladders": { isConsumerProduct: true, cbamGoods: "aluminium", cn: "7616" },
  "machine-steel-bolts": { isConsumerProduct: false, cbamGoods: "iron-steel", cn: "7318" },
  "aluminium-profiles": { isConsumerProduct: false, cbamGoods: "aluminium", cn: "7604" },
};

export type Obligation =
  | "lucid-registration"
  | "fr-epr-idu"
  | "triman-label"
  | "gpsr-responsible-person"
  | "gpsr-listing-information"
  | "cbam-quarterly-reports"
  | "cbam-authorised-declarant";
const NONE_OF_THESE = "none-of-these";
const ORDER: readonly Obligation[] = ["lucid-registration", "fr-epr-idu", "triman-label", "gpsr-responsible-person", "gpsr-listing-information", "cbam-quarterly-reports", "cbam-authorised-declarant"];

const sellsTo = (p: ProductComplianceParams, market: "DE" | "FR") => p.targetMarkets === market || p.targetMarkets === "DE-and-FR";

/** Triman applies to fresh stock (made just before `asOf`): exempt only while made before the transition date. */
function isTrimanRequired(asOf: IsoDate): boolean {
  const { stockMadeBeforeExempt } = frTrimanRule(asOf).value;
  return stockMadeBeforeExempt === null || asOf >= stockMadeBeforeExempt;
}

function hasFrEpr(p: ProductComplianceParams, consumer: boolean): boolean {
  return sellsTo(p, "FR") && (consumer ? isInForce(FR_EPR_PRODUCER_IDU, p.asOf) : isInForce(FR_PROFESSIONAL_PACKAGING_EPR, p.asOf));
}

type CbamStatus = "not-cbam-goods" | "not-yet" | "transitional" | "below-threshold" | "above-threshold";

function cbamStatusOf(p: ProductComplianceParams): CbamStatus {
  const goods = CATEGORY_FACTS[p.productCategory].cbamGoods;
  if (goods === null || !EU_CBAM_GOODS.value.includes(goods)) return "not-cbam-goods";
  if (isInForce(EU_CBAM_TRANSITIONAL, p.asOf)) return "transitional";
  if (!isInForce(EU_CBAM_DEFINITIVE, p.asOf)) return "not-yet";
  const { thresholdTonnesPerYear, outsideThreshold } = EU_CBAM_DEFINITIVE.value;
  return outsideThreshold.includes(goods) || p.annualImportTonnes > thresholdTonnesPerYear ? "above-threshold" : "below-threshold";
}

function obligationsOf(p: ProductComplianceParams): Obligation[] {
  const { isConsumerProduct } = CATEGORY_FACTS[p.productCategory];
  const found = new Set<Obligation>();
  if (sellsTo(p, "DE") && (isConsumerProduct || deLucidRegistrationRule(p.asOf).value.packaging === "all")) found.add("lucid-registration");
  if (hasFrEpr(p, isConsumerProduct)) found.add("fr-epr-idu");
  if (sellsTo(p, "FR") && isConsumerProduct && isTrimanRequired(p.asOf)) found.add("triman-label");
  if (isConsumerProduct && isInForce(EU_GPSR_ONLINE_LISTING, p.asOf)) {
    found.add("gpsr-listing-information");
    if (p.sellerEstablishment === "outside-eu") found.add("gpsr-responsible-person");
  }
  const cbam = cbamStatusOf(p);
  if (cbam === "transitional") found.add("cbam-quarterly-reports");
  if (cbam === "above-threshold") found.add("cbam-authorised-declarant");
  return ORDER.filter((o) => found.has(o));
}

/** The key as a multi-choice answer: the obligations in a fixed order, or `none-of-these`. */
function asAnswer(obligations: Iterable<string>): string[] {
  const set = new Set(obligations);
  set.delete(NONE_OF_THESE);
  const ordered = ORDER.filter((o) => set.has(o));
  return ordered.length > 0 ? ordered : [NONE_OF_THESE];
}

function marketplaceChecksOf(p: ProductComplianceParams): string[] {
  if (p.channel === "own-shop") return ["none"];
  const checks: string[] = [];
  if (sellsTo(p, "DE") && isInForce(DE_MARKETPLACE_REGISTRATION_CHECK, p.asOf)) checks.push(DE_MARKETPLACE_REGISTRATION_CHECK.value);
  if (hasFrEpr(p, CATEGORY_FACTS[p.productCategory].isConsumerProduct) && isInForce(FR_MARKETPLACE_IDU_COLLECTION, p.asOf)) checks.push(FR_MARKETPLACE_IDU_COLLECTION.value);
  return checks.length > 0 ? checks : ["none"];
}

/** Tonnes the importer could still add this year and stay exempt; 0 when exceeded or when no 50 t test applies. */
function headroomOf(p: ProductComplianceParams): number {
  const status = cbamStatusOf(p);
  if (status !== "below-threshold") return 0;
  // Tonnages are given to 0.5 t, so the difference is exact; round anyway to keep keys clean.
  return Math.round((EU_CBAM_DEFINITIVE.value.thresholdTonnesPerYear - p.annualImportTonnes) * 1000) / 1000;
}

const OBLIGATION_TEXT: Record<Obligation, { en: string; zh: string }> = {
  "lucid-registration": { en: "register in LUCID before placing packaged goods on the German market", zh: "在德国市场投放带包装商品前于 LUCID 注册" },
  "fr-epr-idu": { en: "join a French eco-organisation and obtain an IDU", zh: "加入法国生态组织并取得 IDU" },
  "triman-label": { en: "print Triman + Info-tri on the household packaging", zh: "在家用包装上印制 Triman 标志及 Info-tri 分类说明" },
  "gpsr-responsible-person": { en: "make sure an EU-established responsible economic operator exists and is named", zh: "确保有一名欧盟境内设立的责任经济经营者并予以标明" },
  "gpsr-listing-information": { en: "show the GPSR Art. 19 information on every online listing", zh: "在每个线上商品页展示 GPSR 第 19 条信息" },
  "cbam-quarterly-reports": { en: "file quarterly CBAM reports (transitional period)", zh: "提交 CBAM 季度报告（过渡期）" },
  "cbam-authorised-declarant": { en: "import only as (or through) an authorised CBAM declarant", zh: "仅以获授权 CBAM 申报人身份（或通过其）进口" },
};

const CBAM_TEXT: Record<CbamStatus, { en: string; zh: string }> = {
  "not-cbam-goods": { en: "the goods are not CBAM goods", zh: "该商品不属于 CBAM 商品" },
  "not-yet": { en: "CBAM did not yet apply", zh: "CBAM 尚未适用" },
  transitional: { en: "transitional period: quarterly reports, no 50 t threshold (consignments over EUR 150)", zh: "过渡期：提交季度报告，无 50 吨门槛（每票货值超过 150 欧元）" },
  "below-threshold": { en: "definitive period, at or below 50 t a year: exempt", zh: "正式期，年进口不超过 50 吨：豁免" },
  "above-threshold": { en: "definitive period, over 50 t a year: authorised declarant required for the whole year's imports", zh: "正式期，年进口超过 50 吨：全年进口均须由获授权申报人办理" },
};

function citationsFor(p: ProductComplianceParams): { obligations: RuleCitation[]; marketplace: RuleCitation[]; cbam: RuleCitation[] } {
  const obligations: RuleCitation[] = [];
  const marketplace: RuleCitation[] = [];
  if (sellsTo(p, "DE")) {
    obligations.push(citeRule(deLucidRegistrationRule(p.asOf)));
    marketplace.push(citeRule(DE_MARKETPLACE_REGISTRATION_CHECK));
  }
  if (sellsTo(p, "FR")) {
    obligations.push(citeRule(FR_EPR_PRODUCER_IDU), citeRule(frTrimanRule(p.asOf)));
    if (!CATEGORY_FACTS[p.productCategory].isConsumerProduct) obligations.push(citeRule(FR_PROFESSIONAL_PACKAGING_EPR));
    marketplace.push(citeRule(FR_MARKETPLACE_IDU_COLLECTION));
  }
  if (isInForce(EU_GPSR_RESPONSIBLE_OPERATOR, p.asOf)) obligations.push(citeRule(EU_GPSR_RESPONSIBLE_OPERATOR), citeRule(EU_GPSR_ONLINE_LISTING));
  else obligations.push(citeRule(EU_GPSD_NO_LISTING_REQUIREMENT));
  const cbam = [citeRule(EU_CBAM_GOODS), citeRule(isInForce(EU_CBAM_DEFINITIVE, p.asOf) ? EU_CBAM_DEFINITIVE : EU_CBAM_TRANSITIONAL)];
  return { obligations: [...obligations, ...cbam], marketplace, cbam };
}

export const productComplianceObligations: Engine<ProductComplianceParams> = {
  id: "product-compliance-obligations",
  paramsSchema: ParamsSchema,

  solve(p): Solution {
    const obligations = obligationsOf(p);
    const marketplaceChecks = marketplaceChecksOf(p);
    const headroom = headroomOf(p);
    const cbam = cbamStatusOf(p);
    const cites = citationsFor(p);
    const listEn = obligations.length > 0 ? obligations.map((o) => OBLIGATION_TEXT[o].en).join("; ") : "none of the listed obligations";
    const listZh = obligations.length > 0 ? obligations.map((o) => OBLIGATION_TEXT[o].zh).join("；") : "所列义务均不适用";
    const { isConsumerProduct, cn } = CATEGORY_FACTS[p.productCategory];
    return {
      answer: { obligations: asAnswer(obligations), marketplaceChecks, cbamHeadroomTonnes: headroom },
      explanation: {
        en: `On ${p.asOf}, a seller ${p.sellerEstablishment === "eu" ? "established in the EU" : "established outside the EU"} selling ${isConsumerProduct ? "a consumer product in household packaging" : "a B2B product in professional packaging"} (CN ${cn}) to ${p.targetMarkets}: ${listEn}. CBAM: ${CBAM_TEXT[cbam].en}. Marketplace: ${marketplaceChecks.join(", ")}. Headroom before 50 t: ${headroom} t.`,
        zh: `${p.asOf}，${p.sellerEstablishment === "eu" ? "在欧盟境内设立" : "在欧盟境外设立"}的卖家向 ${p.targetMarkets} 销售${isConsumerProduct ? "使用家用包装的消费品" : "使用工业包装的 B2B 产品"}（CN ${cn}）：${listZh}。CBAM：${CBAM_TEXT[cbam].zh}。平台：${marketplaceChecks.join("、")}。距 50 吨门槛剩余：${headroom} 吨。`,
      },
      partRules: { obligations: cites.obligations, marketplaceChecks: cites.marketplace, cbamHeadroomTonnes: cites.cbam },
    };
  },

  predictMistakes(p, solution): PredictedMistake[] {
    const keyAnswer = solution.answer.obligations as string[];
    const key = keyAnswer.filter((o) => o !== NONE_OF_THESE);
    const { isConsumerProduct, cbamGoods } = CATEGORY_FACTS[p.productCategory];
    const mistakes: PredictedMistake[] = [];
    const variant = (code: string, add: string[], remove: string[] = []) => {
      const value = asAnswer([...key.filter((o) => !remove.includes(o)), ...add]);
      const same = value.length === keyAnswer.length && value.every((o) => keyAnswer.includes(o));
      if (!same) mistakes.push({ part: "obligations", code, value });
    };
    const de = sellsTo(p, "DE");
    const fr = sellsTo(p, "FR");
    const gpsr = isInForce(EU_GPSR_ONLINE_LISTING, p.asOf);
    const gpsrWouldBe = p.sellerEstablishment === "outside-eu" ? ["gpsr-listing-information", "gpsr-responsible-person"] : ["gpsr-listing-information"];
    const cbam = cbamStatusOf(p);

    // Specific causes first: the grader takes the first predicted mistake that matches.
    if (!isConsumerProduct && de) {
      if (key.includes("lucid-registration")) variant("lucid-household-only", [], ["lucid-registration"]);
      else variant("lucid-all-packaging-before-2022-07", ["lucid-registration"]);
    }
    if (!isConsumerProduct && fr) variant("triman-for-b2b", ["triman-label"]);
    if (isConsumerProduct && !fr) variant("triman-outside-france", ["triman-label"]);
    if (isConsumerProduct && fr && !key.includes("triman-label")) variant("triman-old-stock-transition", ["triman-label"]);
    if (de && fr) variant("epr-only-for-domestic-sellers", [], ["lucid-registration", "fr-epr-idu", "triman-label"]);
    if (de) variant("lucid-only-for-german-sellers", [], ["lucid-registration"]);
    if (fr) variant("fr-epr-only-for-french-sellers", [], ["fr-epr-idu", "triman-label"]);
    if (fr) variant("fr-epr-only-for-french-sellers", [], ["fr-epr-idu"]);
    if (isConsumerProduct && !gpsr) {
      variant("gpsr-before-2024-12-13", gpsrWouldBe);
      variant("gpsr-before-2024-12-13", ["gpsr-listing-information"]);
      if (p.sellerEstablishment === "outside-eu") variant("gpsr-before-2024-12-13", ["gpsr-responsible-person"]);
    }
    if (!isConsumerProduct && gpsr) variant("gpsr-for-b2b-products", gpsrWouldBe);
    if (isConsumerProduct && gpsr && p.sellerEstablishment === "eu") variant("gpsr-rp-for-eu-seller", ["gpsr-responsible-person"]);
    if (isConsumerProduct && gpsr && p.sellerEstablishment === "outside-eu") variant("gpsr-rp-missed", [], ["gpsr-responsible-person"]);
    if (cbam === "below-threshold") variant("cbam-150-eur-de-minimis", ["cbam-authorised-declarant"]);
    if (cbam === "transitional") variant("cbam-declarant-in-transitional-period", ["cbam-authorised-declarant"], ["cbam-quarterly-reports"]);
    if (cbam === "above-threshold" || cbam === "below-threshold") variant("cbam-reports-after-2025", ["cbam-quarterly-reports"], ["cbam-authorised-declarant"]);
    if (cbam === "above-threshold") variant("cbam-threshold-missed", [], ["cbam-authorised-declarant"]);
    if (cbam === "not-yet") variant("cbam-before-2023-10", ["cbam-quarterly-reports"]);
    if (cbamGoods === null) variant("cbam-goods-misread", [isInForce(EU_CBAM_TRANSITIONAL, p.asOf) ? "cbam-quarterly-reports" : "cbam-authorised-declarant"]);

    // What the marketplace must do.
    const checks = solution.answer.marketplaceChecks as string[];
    if (p.channel === "marketplace") {
      if (de && !checks.includes(DE_MARKETPLACE_REGISTRATION_CHECK.value)) {
        mistakes.push({ part: "marketplaceChecks", code: "marketplace-check-before-2022-07", value: [...checks.filter((c) => c !== "none"), DE_MARKETPLACE_REGISTRATION_CHECK.value] });
      }
      if (!checks.includes("none")) mistakes.push({ part: "marketplaceChecks", code: "marketplace-no-epr-duty", value: ["none"] });
    } else {
      const asIfMarketplace = marketplaceChecksOf({ ...p, channel: "marketplace" });
      if (!asIfMarketplace.includes("none")) mistakes.push({ part: "marketplaceChecks", code: "marketplace-duty-in-own-shop", value: asIfMarketplace });
    }

    // Headroom before the 50 t threshold.
    const threshold = EU_CBAM_DEFINITIVE.value.thresholdTonnesPerYear;
    const naive = Math.round((threshold - p.annualImportTonnes) * 1000) / 1000;
    if (cbamGoods !== null && cbam === "transitional" && naive > 0) mistakes.push({ part: "cbamHeadroomTonnes", code: "cbam-50t-before-2026", value: naive });
    if (cbamGoods === null && naive > 0) mistakes.push({ part: "cbamHeadroomTonnes", code: "cbam-threshold-for-non-cbam-goods", value: naive });
    if (cbam === "above-threshold") mistakes.push({ part: "cbamHeadroomTonnes", code: "cbam-threshold-missed", value: naive });
    return mistakes;
  },
};
