"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { runAction, type ActionResult } from "@/server/action-result";
import { authorize } from "@/server/authorize";
import { claimCertificate } from "@/server/services/claim-certificate";
import { LangSchema, parseInput, SlugSchema } from "@/server/validation";

const ClaimArgsSchema = z.object({ lang: LangSchema, trackId: SlugSchema });

// Server action – claim the signed-in learner's certificate for a track (eligibility checked in the service).
export async function claimCertificateAction(lang: string, trackId: string, _previous: ActionResult<{ publicId: string }> | null): Promise<ActionResult<{ publicId: string }>> {
  const result = await runAction(async () => {
    const args = parseInput(ClaimArgsSchema, { lang, trackId });
    return claimCertificate(await authorize(), args.trackId);
  }, lang);
  if (result.ok) redirect(`/${lang}/verify/${result.data.publicId}`);
  return result;
}
