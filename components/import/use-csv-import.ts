"use client";

import { useTranslations } from "next-intl";
import { writeCsv } from "@/lib/csv/write-csv";
import { useCallback, useEffect, useRef, useState } from "react";
import {
  importLineSchema,
  MAX_KEPT_ISSUES,
  type ImportIssue,
  type ImportKind,
  type ImportProgress,
  type ImportSummary,
} from "@/lib/validation/import";

// Uploads the File itself as the request body (the browser streams it from disk) and reads the NDJSON
// answer line by line. Not a TanStack mutation: its state is a live stream, not one response.

export type ImportState =
  | { phase: "idle" }
  | { phase: "running"; fileSize: number; progress: ImportProgress | null; issueCount: number }
  | {
      phase: "done";
      fileSize: number;
      summary: ImportSummary;
      issueCount: number;
      preview: ImportIssue[];
      reportUrl: string | null;
      isCapped: boolean;
    }
  | { phase: "error"; message: string };

const PREVIEW_ROWS = 10;

type Translate = ReturnType<typeof useTranslations<"csvImport">>;

function reportBlobUrl(issues: ImportIssue[], t: Translate): string | null {
  if (issues.length === 0) return null;
  // The rejected cells are the uploader's own text: the report quotes and neutralises them too.
  const csv = writeCsv(
    [t("report.row"), t("report.column"), t("report.reason")],
    issues.map((i) => [i.row, i.column, i.message]),
  );
  return URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" }));
}

async function errorMessage(response: Response, t: Translate): Promise<string> {
  if (response.status === 401) return t("errors.signedOut");
  if (response.status === 403) return t("errors.forbidden");
  const body: unknown = await response.json().catch(() => null);
  const error = body !== null && typeof body === "object" && "error" in body ? body.error : null;
  return typeof error === "string" ? error : t("errors.couldNotStart", { status: response.status });
}

export function useCsvImport() {
  const t = useTranslations("csvImport");
  const [state, setState] = useState<ImportState>({ phase: "idle" });
  const abort = useRef<AbortController | null>(null);
  const reportUrl = state.phase === "done" ? state.reportUrl : null;
  useEffect(() => () => void (reportUrl && URL.revokeObjectURL(reportUrl)), [reportUrl]);

  const start = useCallback(
    async (kind: ImportKind, source: string, file: File) => {
      abort.current?.abort();
      const controller = (abort.current = new AbortController());
      const issues: ImportIssue[] = [];
      let issueCount = 0;
      setState({ phase: "running", fileSize: file.size, progress: null, issueCount: 0 });
      try {
        const response = await fetch(`/api/admin/import/${kind}?${new URLSearchParams({ source })}`, {
          method: "POST",
          headers: { "content-type": "text/csv" },
          body: file,
          signal: controller.signal,
        });
        if (!response.ok || !response.body)
          return setState({ phase: "error", message: await errorMessage(response, t) });
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffered = "";
        let summary: ImportSummary | null = null;
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          const lines = (buffered + value).split("\n");
          buffered = lines.pop() ?? "";
          let progress: ImportProgress | null = null;
          for (const text of lines) {
            if (!text.trim()) continue;
            const parsed = importLineSchema.safeParse(JSON.parse(text));
            if (!parsed.success) continue;
            const line = parsed.data;
            if (line.type === "issue") {
              issueCount += 1;
              if (issues.length < MAX_KEPT_ISSUES) issues.push(line);
            } else if (line.type === "progress") progress = line;
            else summary = line;
          }
          if (progress) setState({ phase: "running", fileSize: file.size, progress, issueCount });
        }
        if (!summary)
          return setState({
            phase: "error",
            message: t("errors.connectionClosed"),
          });
        setState({
          phase: "done",
          fileSize: file.size,
          summary,
          issueCount,
          preview: issues.slice(0, PREVIEW_ROWS),
          reportUrl: reportBlobUrl(issues, t),
          isCapped: issueCount > issues.length,
        });
      } catch (error) {
        if (controller.signal.aborted)
          return setState({
            phase: "error",
            message: t("errors.cancelled"),
          });
        setState({
          phase: "error",
          message:
            error instanceof Error ? t("errors.failedWith", { reason: error.message }) : t("errors.failed"),
        });
      }
    },
    [t],
  );

  const cancel = useCallback(() => abort.current?.abort(), []);
  return { state, start, cancel };
}
