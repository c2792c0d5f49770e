-- CreateEnum
CREATE TYPE "StaffLocale" AS ENUM ('nl', 'en');

-- AlterTable
ALTER TABLE "StaffUser" ADD COLUMN     "locale" "StaffLocale" NOT NULL DEFAULT 'nl';
