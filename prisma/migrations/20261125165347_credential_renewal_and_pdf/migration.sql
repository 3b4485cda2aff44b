-- DropIndex
DROP INDEX "Credential_userId_trackId_contentVersion_key";

-- AlterTable
ALTER TABLE "Credential" ADD COLUMN     "generation" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "renewedFromId" TEXT;

-- CreateTable
CREATE TABLE "CredentialPdf" (
    "credentialId" TEXT NOT NULL,
    "pdfBase64" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CredentialPdf_pkey" PRIMARY KEY ("credentialId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Credential_renewedFromId_key" ON "Credential"("renewedFromId");

-- CreateIndex
CREATE UNIQUE INDEX "Credential_userId_trackId_contentVersion_generation_key" ON "Credential"("userId", "trackId", "contentVersion", "generation");

-- AddForeignKey
ALTER TABLE "Credential" ADD CONSTRAINT "Credential_renewedFromId_fkey" FOREIGN KEY ("renewedFromId") REFERENCES "Credential"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CredentialPdf" ADD CONSTRAINT "CredentialPdf_credentialId_fkey" FOREIGN KEY ("credentialId") REFERENCES "Credential"("id") ON DELETE CASCADE ON UPDATE CASCADE;

