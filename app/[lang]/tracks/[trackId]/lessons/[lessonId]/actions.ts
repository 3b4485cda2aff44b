"use server";
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { authorize } from "@/server/authorize";
import { AppError } from "@/server/errors";
import { completeLesson } from "@/server/services/complete-lesson";
import { LangSchema, lineText, parseInput, SlugSchema } from "@/server/validation";
import { safeReturnPath } from "@/lib/safe-return-path";

const CompleteLessonArgsSchema = z.object({ lang: LangSchema, trackId: SlugSchema, lessonId: SlugSchema, nextPath: lineText(2000) });

// Server action – mark a lesson read (signed-in learner, own progress only), then go on.
export async function completeLessonAction(lang: string, trackId: string, lessonId: string, nextPath: string): Promise<void> {
  let args: z.output<typeof CompleteLessonArgsSchema>;
  try {
    args = parseInput(CompleteLessonArgsSchema, { lang, trackId, lessonId, nextPath });
    const actor = await authorize();
    await completeLesson(actor, args.trackId, args.lessonId);
  } catch (error) {
    // A plain form post has no state to show a message in: malformed or unknown lessons are a 404 page.
    if (error instanceof AppError && error.code === "UNAUTHENTICATED") redirect(`/${LangSchema.catch("en").parse(lang)}/sign-in`);
    if (error instanceof AppError && (error.code === "VALIDATION" || error.code === "NOT_FOUND")) notFound();
    throw error;
  }
  redirect(safeReturnPath(args.nextPath, `/${args.lang}/tracks/${args.trackId}`));
}
