-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'DEADLINE_CHANGED';

