import type { Metadata } from "next";
import { RegradeForm } from "@/components/regrade-form";
import { routeLocale } from "@/lib/route-locale";
import { authorizePage } from "@/server/authorize";
import { regradeAction } from "./actions";

export const metadata: Metadata = { title: "Regrade", robots: { index: false } };

// GET /[lang]/admin/regrade – platform admins regrade attempts graded under since-corrected rules.
export default async function RegradePage({ params }: { params: Promise<{ lang: string }> }) {
  const lang = await routeLocale(params);
  await authorizePage(lang, `/${lang}/admin/regrade`, { roles: ["PLATFORM_ADMIN"] });
  const zh = lang === "zh";
  return (
    <div className="narrow">
      <h1>{zh ? "规则更正后重新评分" : "Regrade after a rule correction"}</h1>
      <p className="lead">
        {zh
          ? "每次作答都记录了评分时所依据的规则版本。规则被更正（版本号提高）或撤回后，这些作答会按现行规则重新评分；原成绩与新成绩都会保留。"
          : "Every attempt records the rule versions it was graded under. When a rule is corrected (its version goes up) or withdrawn, those attempts are regraded under the current rules; the old and the new grade are both kept."}
      </p>
      <RegradeForm lang={lang} action={regradeAction.bind(null, lang)} />
    </div>
  );
}
