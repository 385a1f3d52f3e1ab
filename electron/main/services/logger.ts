import { renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { inspect } from 'node:util';
import type { LogFile, LogMessage, MainLogger, NodeLogger } from 'electron-log';

/** What main-process modules log through; console until the file log is set up. */
export interface Logger {
  info(...data: unknown[]): void;
  warn(...data: unknown[]): void;
  error(...data: unknown[]): void;
}

let sink: Logger = console;

/** The one logger of the main process. Modules import this, so tests never touch electron-log. */
export const log: Logger = {
  info: (...data) => sink.info(...data),
  warn: (...data) => sink.warn(...data),
  error: (...data) => sink.error(...data),
};

export const LOG_FILE_NAME = 'riparo.log';
/** 1 MB per file, 5 archived files: weeks of a studio's errors, never a full disk. */
export const LOG_MAX_BYTES = 1024 * 1024;
export const LOG_ARCHIVES = 5;

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
// Phone and VAT numbers: 9+ digits, maybe spaced or dotted; dates (2026-12-02) and versions are shorter runs.
const LONG_NUMBER = /(?<![\w-])\+?\d(?:[ .]?\d){8,}(?![\w-])/g;
const FISCAL_CODE = /\b[A-Z]{6}\d{2}[A-Z]\d{2}[A-Z]\d{3}[A-Z]\b/gi;
// The file part of a quoted path, as Node's errors quote them: Riparo names the
// documents it saves after the client ("Report cliente Rossi Mario.pdf").
const QUOTED_FILE = /(['"`])([^'"`\n]*[\\/])[^'"`\n\\/]+\1/g;

/**
 * Removes what could identify a person from a log line: the home folder
 * (its name is the Windows user's name), the name of a quoted file (saved
 * documents carry the client's name), e-mail addresses, phone-like numbers
 * and Italian fiscal codes. Riparo logs events and error messages, never
 * records, but an error message can quote a path or a value.
 */
export function redact(text: string, homeDir: string): string {
  const withoutHome = homeDir.length > 1 ? text.split(homeDir).join('~') : text;
  return withoutHome
    .replace(QUOTED_FILE, '$1$2<file>$1')
    .replace(EMAIL, '<email>')
    .replace(FISCAL_CODE, '<codice>')
    .replace(LONG_NUMBER, '<numero>');
}

function redactItem(item: unknown, homeDir: string): string {
  if (typeof item === 'string') return redact(item, homeDir);
  if (item instanceof Error) return redact(item.stack ?? `${item.name}: ${item.message}`, homeDir);
  return redact(inspect(item, { depth: 3, breakLength: Infinity }), homeDir);
}

/**
 * Keeps `riparo.1.log` … `riparo.<archives>.log`, newest first: the full file
 * becomes `.1`, and the oldest falls off the end.
 */
export function rotateLogFile(filePath: string, archives: number): void {
  const { dir, name, ext } = path.parse(filePath);
  const archive = (index: number) => path.join(dir, `${name}.${index}${ext}`);
  rmSync(archive(archives), { force: true });
  for (let index = archives - 1; index >= 1; index -= 1) {
    try {
      renameSync(archive(index), archive(index + 1));
    } catch {
      // That archive does not exist yet.
    }
  }
  renameSync(filePath, archive(1));
}

export interface FileLogOptions {
  /** Electron's logs folder (`<userData>/logs` on Windows). */
  readonly folder: string;
  readonly homeDir: string;
}

/**
 * Sends the main process's log to a rotating file in the logs folder, with
 * every line redacted first, and makes it the sink of `log`. Takes the
 * electron-log instance so tests can pass a Node one.
 */
export function useFileLog(logger: MainLogger | NodeLogger, options: FileLogOptions): void {
  const file = logger.transports.file;
  file.resolvePathFn = () => path.join(options.folder, LOG_FILE_NAME);
  file.maxSize = LOG_MAX_BYTES;
  file.level = 'info';
  file.archiveLogFn = (current: LogFile) => rotateLogFile(current.path, LOG_ARCHIVES);
  logger.hooks.push((message: LogMessage): LogMessage => ({
    ...message,
    data: message.data.map((item) => redactItem(item, options.homeDir)),
  }));
  sink = logger;
}
