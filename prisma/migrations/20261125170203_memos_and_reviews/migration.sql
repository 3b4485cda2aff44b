-- CreateEnum
CREATE TYPE "MemoStatus" AS ENUM ('DRAFT', 'SUBMITTED');

-- CreateTable
CREATE TABLE "MemoSubmission" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "assignmentId" TEXT NOT NULL,
    "trackId" TEXT NOT NULL,
    "content" JSONB NOT NULL,
    "wordCount" INTEGER NOT NULL,
    "status" "MemoStatus" NOT NULL DEFAULT 'DRAFT',
    "submittedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MemoSubmission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MemoReview" (
    "id" TEXT NOT NULL,
    "submissionId" TEXT NOT NULL,
    "graderId" TEXT NOT NULL,
    "selection" JSONB NOT NULL,
    "points" INTEGER NOT NULL,
    "maxPoints" INTEGER NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "comment" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MemoReview_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MemoSubmission_assignmentId_status_idx" ON "MemoSubmission"("assignmentId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "MemoSubmission_userId_assignmentId_key" ON "MemoSubmission"("userId", "assignmentId");

-- CreateIndex
CREATE INDEX "MemoReview_submissionId_createdAt_idx" ON "MemoReview"("submissionId", "createdAt");

-- AddForeignKey
ALTER TABLE "MemoSubmission" ADD CONSTRAINT "MemoSubmission_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MemoReview" ADD CONSTRAINT "MemoReview_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "MemoSubmission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MemoReview" ADD CONSTRAINT "MemoReview_graderId_fkey" FOREIGN KEY ("graderId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

