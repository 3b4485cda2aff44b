"use server";
import { redirect } from "next/navigation";
import { authorize } from "@/server/authorize";
import { AppError } from "@/server/errors";
import { completeLesson } from "@/server/services/complete-lesson";
import { safeReturnPath } from "@/lib/safe-return-path";

// Server action – mark a lesson read (signed-in learner, own progress only), then go on.
export async function completeLessonAction(lang: string, trackId: string, lessonId: string, nextPath: string): Promise<void> {
  try {
    const actor = await authorize();
    await completeLesson(actor, trackId, lessonId);
  } catch (error) {
    if (error instanceof AppError && error.code === "UNAUTHENTICATED") redirect(`/${lang}/sign-in`);
    throw error;
  }
  redirect(safeReturnPath(nextPath, `/${lang}/tracks/${trackId}`));
}
