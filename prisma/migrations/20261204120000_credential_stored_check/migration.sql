-- A stored credential is verified once: its own id becomes an indexed column (submitted
-- credentials were looked up by a JSON path), and the proof outcomes are kept beside it.
ALTER TABLE "Credential" ADD COLUMN     "credentialId" TEXT,
ADD COLUMN     "proofCheckedAt" TIMESTAMP(3),
ADD COLUMN     "proofChecks" JSONB,
ADD COLUMN     "proofKeyring" TEXT;

-- Every issued document carries its id; a row without one (never written by the app) keeps a
-- placeholder that no submitted credential can match.
UPDATE "Credential" SET "credentialId" = COALESCE("document"->>'id', 'missing:' || "id");
ALTER TABLE "Credential" ALTER COLUMN "credentialId" SET NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "Credential_credentialId_key" ON "Credential"("credentialId");
