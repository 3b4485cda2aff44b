"use server";
import { redirect } from "next/navigation";
import { runAction, type ActionResult } from "@/server/action-result";
import { authorize } from "@/server/authorize";
import { claimCertificate } from "@/server/services/claim-certificate";

// Server action – claim the signed-in learner's certificate for a track (eligibility checked in the service).
export async function claimCertificateAction(lang: string, trackId: string, _previous: ActionResult<{ publicId: string }> | null): Promise<ActionResult<{ publicId: string }>> {
  const result = await runAction(async () => claimCertificate(await authorize(), trackId));
  if (result.ok) redirect(`/${lang}/verify/${result.data.publicId}`);
  return result;
}
