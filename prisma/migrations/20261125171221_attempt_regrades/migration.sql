-- CreateTable
CREATE TABLE "AttemptRegrade" (
    "id" TEXT NOT NULL,
    "attemptId" TEXT NOT NULL,
    "previousScore" DOUBLE PRECISION NOT NULL,
    "previousParts" JSONB NOT NULL,
    "previousRuleRefs" JSONB NOT NULL,
    "newScore" DOUBLE PRECISION NOT NULL,
    "newRuleRefs" JSONB NOT NULL,
    "reason" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AttemptRegrade_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AttemptRegrade_attemptId_idx" ON "AttemptRegrade"("attemptId");

-- AddForeignKey
ALTER TABLE "AttemptRegrade" ADD CONSTRAINT "AttemptRegrade_attemptId_fkey" FOREIGN KEY ("attemptId") REFERENCES "Attempt"("id") ON DELETE CASCADE ON UPDATE CASCADE;

