// Every admin action, allowed or refused, leaves a row in AuditLog.
import { recordAudit, type Db } from "../storage/index.js";

export interface AuditEntry {
  adminId: bigint | number;
  action: string;
  detail?: string;
  allowed?: boolean;
}

export async function audit(db: Db, e: AuditEntry): Promise<void> {
  await recordAudit(db, { adminId: BigInt(e.adminId), action: e.action, detail: (e.detail ?? "").slice(0, 1000), allowed: e.allowed ?? true });
}

export function isAdmin(adminIds: readonly bigint[], userId: number | bigint | undefined): boolean {
  if (userId === undefined) return false;
  const id = BigInt(userId);
  return adminIds.some((a) => a === id);
}
