import { FileUp } from "lucide-react";
import { useTranslations } from "next-intl";
import { EmptyState } from "@/components/ui/empty-state";
import { ImportProgress } from "./import-progress";
import { ImportSummary } from "./import-summary";
import type { ImportState } from "./use-csv-import";

/** What the import is doing: nothing yet, its progress, or its summary and report of rejected rows. */
export function ImportStatus({ state, fileName }: { state: ImportState; fileName: string }) {
  const t = useTranslations("csvImport.idle");
  return (
    <>
      {state.phase === "idle" ? (
        <EmptyState
          icon={FileUp}
          as="h3"
          title={t("title")}
          description={t("description")}
          className="rounded-lg border border-dashed border-stone-300 py-8"
        />
      ) : null}
      {state.phase === "running" ? (
        <ImportProgress
          percent={state.progress ? (state.progress.bytes / state.fileSize) * 100 : 0}
          rows={state.progress?.rows ?? 0}
          rowsPerSecond={state.progress?.rowsPerSecond ?? 0}
          isDone={false}
        />
      ) : null}
      {state.phase === "done" ? (
        <>
          <ImportProgress
            percent={
              state.summary.status === "completed" ? 100 : (state.summary.bytes / state.fileSize) * 100
            }
            rows={state.summary.rows}
            rowsPerSecond={state.summary.rowsPerSecond}
            isDone
          />
          <ImportSummary
            summary={state.summary}
            issueCount={state.issueCount}
            preview={state.preview}
            reportUrl={state.reportUrl}
            isCapped={state.isCapped}
            fileName={fileName}
          />
        </>
      ) : null}
    </>
  );
}
