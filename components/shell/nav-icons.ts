import {
  BedDouble,
  ChartColumn,
  ClipboardCheck,
  PackageCheck,
  Settings,
  Users,
  type LucideIcon,
} from "lucide-react";
import type { NavKey } from "./nav-items";

export const NAV_ICONS: Record<NavKey, LucideIcon> = {
  arrivals: BedDouble,
  pickups: PackageCheck,
  customers: Users,
  insights: ChartColumn,
  admin: Settings,
  review: ClipboardCheck,
};
