import type { Metadata } from "next";
import { RegradeForm } from "@/components/regrade-form";
import { translator } from "@/lib/i18n/translate";
import { isLocale } from "@/domain/content/locale";
import { routeLocale } from "@/lib/route-locale";
import { authorizePage } from "@/server/authorize";
import { regradeAction } from "./actions";

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  const { lang } = await params;
  return { title: translator(isLocale(lang) ? lang : "en")("admin.regradeTool"), robots: { index: false } };
}

// GET /[lang]/admin/regrade – platform admins regrade attempts graded under since-corrected rules.
export default async function RegradePage({ params }: { params: Promise<{ lang: string }> }) {
  const lang = await routeLocale(params);
  await authorizePage(lang, `/${lang}/admin/regrade`, { roles: ["PLATFORM_ADMIN"] });
  const t = translator(lang);
  return (
    <div className="narrow">
      <h1>{t("admin.regradeTitle")}</h1>
      <p className="lead">{t("admin.regradeLead")}</p>
      <RegradeForm
        action={regradeAction}
        labels={{
          preview: t("admin.regradePreview"),
          apply: t("admin.regradeApply"),
          // The counts are filled in by the form: the placeholders pass through as text.
          summary: t("admin.regradeSummary", { examined: "{examined}", affected: "{affected}", regraded: "{regraded}" }),
          skipped: t("admin.regradeSkipped", { count: "{count}", reason: "{reason}" }),
        }}
      />
    </div>
  );
}
