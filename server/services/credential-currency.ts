import "server-only";
import { assessCurrency, findRuleChanges, planUpdatePath, type CredentialCurrency, type UpdatePath } from "@/domain/certificates/credential-currency";
import { readRuleVersions } from "@/domain/credentials";
import { ruleRegistry } from "@/domain/rules/rule-registry";
import type { TrackWithModules } from "@/domain/content/catalog";
import type { Actor } from "../authorize";
import { prisma } from "../db";
import { AppError } from "../errors";
import { loadCatalog } from "../content/load-content";

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** Whether a stored credential is still current: its recorded rules against the rules in force today, and its content version. */
export function credentialCurrency(record: { document: unknown; contentVersion: string; issuedAt: Date; trackId: string }, now = new Date()): CredentialCurrency {
  const ruleChanges = findRuleChanges(readRuleVersions(record.document), ruleRegistry(), isoDay(record.issuedAt), isoDay(now));
  return assessCurrency({ issuedContentVersion: record.contentVersion, currentContentVersion: loadCatalog().track(record.trackId)?.contentVersion, ruleChanges });
}

export type HolderRenewal = {
  publicId: string;
  track: TrackWithModules;
  currency: CredentialCurrency;
  path: UpdatePath;
  /** Set when this credential was already renewed. */
  renewedBy: string | null;
  revoked: boolean;
  expired: boolean;
  /** Outdated, not revoked, expired or renewed, and every case on the path passed again. */
  canRenew: boolean;
};

/**
 * The holder's view of a certificate's currency: what changed and the short update path back
 * (changed cases to pass again, revised lessons to read). Only the holder may see it.
 */
export async function getHolderRenewal(actor: Actor, publicId: string, now = new Date()): Promise<HolderRenewal> {
  const db = await prisma();
  const record = await db.credential.findFirst({
    where: { publicId, userId: actor.id },
    select: { publicId: true, trackId: true, contentVersion: true, issuedAt: true, validUntil: true, revokedAt: true, document: true, renewedBy: { select: { publicId: true } } },
  });
  if (!record) throw new AppError("NOT_FOUND", "errors.noSuchCertificate");
  const track = loadCatalog().track(record.trackId);
  if (!track) throw new AppError("NOT_FOUND", "errors.certificateTrackGone");
  const currency = credentialCurrency(record, now);
  const attempts = await db.attempt.findMany({
    where: { userId: actor.id, trackId: track.id, submittedAt: { not: null }, score: { gte: track.certificate.passMark } },
    select: { simulationId: true, simulationVersion: true, submittedAt: true, ruleRefs: true },
  });
  const catalog = loadCatalog();
  const passedBefore = new Map<string, { version: number; rules: Map<string, number> }>();
  const passedSince = new Set<string>();
  for (const attempt of attempts) {
    if (attempt.submittedAt! <= record.issuedAt) {
      const entry = passedBefore.get(attempt.simulationId) ?? { version: 0, rules: new Map<string, number>() };
      entry.version = Math.max(entry.version, attempt.simulationVersion);
      for (const ref of (attempt.ruleRefs ?? []) as { id: string; version: number }[]) entry.rules.set(ref.id, Math.min(ref.version, entry.rules.get(ref.id) ?? ref.version));
      passedBefore.set(attempt.simulationId, entry);
    } else if (attempt.simulationVersion === catalog.simulation(attempt.simulationId)?.version) {
      passedSince.add(attempt.simulationId);
    }
  }
  const path = currency.outdated
    ? planUpdatePath({
        track,
        issuedOn: isoDay(record.issuedAt),
        ruleChanges: currency.ruleChanges,
        simulationVersions: new Map(catalog.simulations.map((s) => [s.id, s.version])),
        passedBefore,
        passedSince,
      })
    : { cases: [], lessons: [], complete: true };
  const revoked = record.revokedAt !== null;
  const expired = record.validUntil < now;
  const renewedBy = record.renewedBy?.publicId ?? null;
  return { publicId: record.publicId, track, currency, path, renewedBy, revoked, expired, canRenew: currency.outdated && path.complete && !revoked && !expired && !renewedBy };
}
