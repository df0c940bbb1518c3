// CONTRACT STUB — the render stage's public surface, implemented by the report work and used by
// `build` and `brochures`. HTML rendering is pure and testable without a browser; printing needs one.

export interface DocumentMeta {
  /** Full title, into <title> and the PDF's Title. */
  title: string;
  /** Short title for the running header. */
  shortTitle: string;
  author: string;
  subject: string;
  keywords: string[];
  /** BCP 47 language of the document ("sv"). */
  lang: string;
}

export interface RenderJob {
  /** Template name under templates/, without ".hbs": "regional-report", "national-report", "brochure". */
  template: string;
  /** The view model handed to the template; all strings are escaped by Handlebars. */
  context: Record<string, unknown>;
  meta: DocumentMeta;
  /** Final path of the PDF; written to a temporary file beside it and renamed. */
  outFile: string;
  /** Two-pass rendering that fills the table of contents with real page numbers. */
  toc?: boolean;
  /**
   * Creation/modification date stamped into the PDF when SOURCE_DATE_EPOCH is not set; a date
   * derived from the data keeps rebuilds byte-identical. Default: now.
   */
  date?: Date;
}

export interface RenderResult {
  outFile: string;
  pages: number;
  /** Printing passes used (1, or 2–3 with a table of contents). */
  passes?: number;
}

export interface PdfEngine {
  render(job: RenderJob): Promise<RenderResult>;
  close(): Promise<void>;
}

export interface EngineOptions {
  /** Pages printed at once (one browser, several tabs). */
  concurrency?: number;
  /** Per-document timeout. */
  timeoutMs?: number;
  /** Browser executable; otherwise found from env and known system paths. */
  executablePath?: string;
  /** Creator written into the PDFs (default "plugin-report <version>"). */
  creator?: string;
  /**
   * Stops the engine (browser closed, temp files removed, renders reject with the Interrupted
   * user error). Default: the engine listens to SIGINT/SIGTERM itself while it is open.
   */
  signal?: AbortSignal;
  /**
   * Template whose fonts and CSS each page loads (and prints once) while the caller prepares its
   * documents, so that the first real document starts warm.
   */
  warmUp?: string;
}
