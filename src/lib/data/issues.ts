// A problem found in a data file, located precisely enough to fix it without searching.

export interface DataIssue {
  /** File as the user named it (`data/endorsements.csv`). */
  file: string;
  /** 1-based line; the header is line 1. */
  line: number;
  /** 1-based column (field number), or null when the whole row or file is meant. */
  column: number | null;
  /** What is wrong, then `; ` and how to fix it. */
  message: string;
}

/** `data/endorsements.csv:14:2: unknown country 'Czech Rep.'; did you mean CZE Czechia?` */
export function formatIssue(issue: DataIssue): string {
  const where = issue.column === null ? `${issue.file}:${issue.line}` : `${issue.file}:${issue.line}:${issue.column}`;
  return `${where}: ${issue.message}`;
}

/** Issues in reading order: by file, then line, then column. */
export function sortIssues(issues: DataIssue[]): DataIssue[] {
  return [...issues].sort(
    (a, b) =>
      a.file.localeCompare(b.file) || a.line - b.line || (a.column ?? 0) - (b.column ?? 0) || a.message.localeCompare(b.message),
  );
}
