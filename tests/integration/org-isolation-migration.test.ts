/**
 * The org-isolation migration's backfill, run on data written the way the code before it wrote it.
 * Uses raw SQL on a database migrated up to the previous migration only.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MIGRATIONS_DIR, openDatabase, type Database } from "@/server/database/connect";
import { applyMigrations, readMigrations } from "@/server/database/migrate";

const MIGRATION = "20261204100000_org_isolation";
let db: Database;

beforeAll(async () => {
  db = await openDatabase({ kind: "pglite-memory" });
  const all = readMigrations(MIGRATIONS_DIR);
  await applyMigrations(db.sql, all.filter((m) => m.name < MIGRATION));
  const q = (text: string) => db.sql.query(text);
  await q(`INSERT INTO "Organization" (id, name, kind) VALUES ('orgA', 'A', 'UNIVERSITY'), ('orgB', 'B', 'COMPANY')`);
  await q(`INSERT INTO "Cohort" (id, "organizationId", name, "trackIds", "startsOn", "endsOn", "inviteCode") VALUES
    ('cohA', 'orgA', 'A1', ARRAY['compliance-architect'], now(), now(), 'AAAAAAAAAA'),
    ('cohA2', 'orgA', 'A2', ARRAY['compliance-architect'], now(), now(), 'AAAAAAAAAB'),
    ('cohB', 'orgB', 'B1', ARRAY['compliance-architect','growth-engineer'], now(), now(), 'BBBBBBBBBB')`);
  await q(`INSERT INTO "User" (id, email, name, "passwordHash") VALUES
    ('unclaimed', 'u@x.test', 'U', ''), ('staffOnly', 's@x.test', 'S', ''), ('claimed', 'c@x.test', 'C', 'scrypt$x'), ('twoA', 't@x.test', 'T', 'scrypt$x')`);
  // A imported the unclaimed account first; B imported it later (the takeover path).
  await q(`INSERT INTO "Enrollment" (id, "cohortId", "userId", source, "studentId", "enrolledAt") VALUES
    ('e1', 'cohA', 'unclaimed', 'CSV', NULL, '2026-01-01'), ('e2', 'cohB', 'unclaimed', 'CSV', 'B-9', '2026-02-01'),
    ('e3', 'cohB', 'claimed', 'CSV', NULL, '2026-02-01'), ('e4', 'cohA', 'twoA', 'INVITE', NULL, '2026-01-01'), ('e5', 'cohA2', 'twoA', 'INVITE', NULL, '2026-01-01')`);
  await q(`INSERT INTO "OrgMembership" (id, "organizationId", "userId", role) VALUES ('m1', 'orgB', 'staffOnly', 'INSTRUCTOR')`);
  await q(`INSERT INTO "PasswordSetupToken" (id, "userId", "tokenHash", "expiresAt") VALUES ('t1', 'unclaimed', 'h1', now() + interval '14 days'), ('t2', 'staffOnly', 'h2', now() + interval '14 days')`);
  await q(`INSERT INTO "Credential" (id, "publicId", "userId", "trackId", "contentVersion", "issuedAt", "validUntil", "statusIndex", document) VALUES
    ('cr1', 'p1', 'claimed', 'compliance-architect', 'v', now(), now(), 1, '{}'),
    ('cr2', 'p2', 'claimed', 'customs-broker', 'v', now(), now(), 2, '{}'),
    ('cr3', 'p3', 'twoA', 'compliance-architect', 'v', now(), now(), 3, '{}')`);
  expect(await applyMigrations(db.sql, all)).toContain(MIGRATION);
});
afterAll(() => db.close());

describe(`migration ${MIGRATION}`, () => {
  it("gives each unclaimed account to the organization that created it, and none to claimed ones", async () => {
    const owners = await db.sql.query<{ id: string; owner: string | null }>(`SELECT id, "createdByOrganizationId" AS owner FROM "User" ORDER BY id`);
    expect(owners).toEqual([
      { id: "claimed", owner: null },
      { id: "staffOnly", owner: "orgB" },
      { id: "twoA", owner: null },
      { id: "unclaimed", owner: "orgA" },
    ]);
  });

  it("turns another organization's roster enrollment of an unclaimed account into an invitation", async () => {
    expect(await db.sql.query(`SELECT "cohortId" FROM "Enrollment" WHERE "userId" = 'unclaimed'`)).toEqual([{ cohortId: "cohA" }]);
    expect(await db.sql.query(`SELECT "cohortId", email, "userId", "studentId", status FROM "CohortInvitation"`)).toEqual([
      { cohortId: "cohB", email: "u@x.test", userId: "unclaimed", studentId: "B-9", status: "INVITED" },
    ]);
    // A link org B may hold for it stops working; links of accounts nobody else enrolled stay.
    expect(await db.sql.query(`SELECT id, "usedAt" IS NOT NULL AS spent FROM "PasswordSetupToken" ORDER BY id`)).toEqual([
      { id: "t1", spent: true },
      { id: "t2", spent: false },
    ]);
  });

  it("records the cohort on a credential only when exactly one of the holder's cohorts teaches its track", async () => {
    const rows = await db.sql.query<{ id: string; cohortId: string | null }>(`SELECT id, "cohortId" FROM "Credential" ORDER BY id`);
    expect(rows).toEqual([
      { id: "cr1", cohortId: "cohB" },
      { id: "cr2", cohortId: null },
      { id: "cr3", cohortId: null },
    ]);
  });
});
