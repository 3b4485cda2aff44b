"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { runAction, type ActionResult } from "@/server/action-result";
import { authorize } from "@/server/authorize";
import { renewCertificate } from "@/server/services/renew-certificate";
import { IdSchema, LangSchema, parseInput } from "@/server/validation";

const RenewArgsSchema = z.object({ lang: LangSchema, publicId: IdSchema });

// Server action – renew the signed-in holder's outdated certificate once its update path is done (checked in the service).
export async function renewCertificateAction(lang: string, publicId: string, _previous: ActionResult<{ publicId: string }> | null): Promise<ActionResult<{ publicId: string }>> {
  const result = await runAction(async () => {
    const args = parseInput(RenewArgsSchema, { lang, publicId });
    return renewCertificate(await authorize(), args.publicId);
  }, lang);
  if (result.ok) redirect(`/${lang}/verify/${result.data.publicId}`);
  return result;
}
