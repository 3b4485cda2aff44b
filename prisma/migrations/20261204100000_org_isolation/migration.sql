-- CreateEnum
CREATE TYPE "CohortInvitationStatus" AS ENUM ('INVITED', 'ACCEPTED', 'DECLINED');

-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'INVITED';

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "createdByOrganizationId" TEXT;

-- AlterTable
ALTER TABLE "Credential" ADD COLUMN     "cohortId" TEXT;

-- CreateTable
CREATE TABLE "CohortInvitation" (
    "id" TEXT NOT NULL,
    "cohortId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "userId" TEXT,
    "studentId" TEXT,
    "status" "CohortInvitationStatus" NOT NULL DEFAULT 'INVITED',
    "invitedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "respondedAt" TIMESTAMP(3),

    CONSTRAINT "CohortInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CohortInvitation_userId_status_idx" ON "CohortInvitation"("userId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "CohortInvitation_cohortId_email_key" ON "CohortInvitation"("cohortId", "email");

-- CreateIndex
CREATE INDEX "Credential_cohortId_idx" ON "Credential"("cohortId");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_createdByOrganizationId_fkey" FOREIGN KEY ("createdByOrganizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Credential" ADD CONSTRAINT "Credential_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CohortInvitation" ADD CONSTRAINT "CohortInvitation_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CohortInvitation" ADD CONSTRAINT "CohortInvitation_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Backfill (best effort; the data does not record who created an account or where a credential was earned).

-- An unclaimed account (no password) belongs to the organization that first enrolled it from a
-- roster (source CSV) or first added it as staff: the earliest of those.
UPDATE "User" u SET "createdByOrganizationId" = first_owner."organizationId"
FROM (
  SELECT DISTINCT ON ("userId") "userId", "organizationId"
  FROM (
    SELECT e."userId", c."organizationId", e."enrolledAt" AS "at"
      FROM "Enrollment" e JOIN "Cohort" c ON c."id" = e."cohortId" WHERE e."source" = 'CSV'
    UNION ALL
    SELECT m."userId", m."organizationId", m."createdAt" FROM "OrgMembership" m
  ) AS candidates
  ORDER BY "userId", "at", "organizationId"
) AS first_owner
WHERE u."id" = first_owner."userId" AND u."passwordHash" = '';

-- Another organization's roster enrollments of such an account were made without consent: they
-- become invitations (the owner sees them after claiming the account) and stop being enrollments.
-- That organization may have been handed a set-password link for the account: every open link of
-- these accounts stops working (the owning organization can make a new one).
UPDATE "PasswordSetupToken" t SET "usedAt" = now()
  FROM "Enrollment" e, "Cohort" c, "User" u
 WHERE t."userId" = u."id" AND t."usedAt" IS NULL AND e."userId" = u."id" AND c."id" = e."cohortId"
   AND u."passwordHash" = '' AND e."source" = 'CSV' AND u."createdByOrganizationId" IS DISTINCT FROM c."organizationId";

INSERT INTO "CohortInvitation" ("id", "cohortId", "email", "userId", "studentId", "status", "createdAt")
SELECT 'c' || substr(md5(e."id" || ':invitation'), 1, 24), e."cohortId", u."email", u."id", e."studentId", 'INVITED', e."enrolledAt"
  FROM "Enrollment" e
  JOIN "Cohort" c ON c."id" = e."cohortId"
  JOIN "User" u ON u."id" = e."userId"
 WHERE u."passwordHash" = '' AND e."source" = 'CSV' AND u."createdByOrganizationId" IS DISTINCT FROM c."organizationId"
ON CONFLICT DO NOTHING;

DELETE FROM "Enrollment" e
 USING "Cohort" c, "User" u
 WHERE c."id" = e."cohortId" AND u."id" = e."userId"
   AND u."passwordHash" = '' AND e."source" = 'CSV' AND u."createdByOrganizationId" IS DISTINCT FROM c."organizationId";

-- A credential was earned in a cohort when the holder is enrolled in exactly one cohort teaching
-- its track; otherwise it stays null (only platform admins may revoke it).
UPDATE "Credential" cr SET "cohortId" = sole."cohortId"
FROM (
  SELECT cr2."id", min(e."cohortId") AS "cohortId"
    FROM "Credential" cr2
    JOIN "Enrollment" e ON e."userId" = cr2."userId"
    JOIN "Cohort" c ON c."id" = e."cohortId" AND cr2."trackId" = ANY (c."trackIds")
   GROUP BY cr2."id"
  HAVING count(*) = 1
) AS sole
WHERE cr."id" = sole."id";
