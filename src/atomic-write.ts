import { closeSync, fchmodSync, fsyncSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Writes `data` so that readers (and a crash at any moment) see either the old file or the new
 * one, never a mix: a temporary file in the same directory, fsync'd, then renamed over.
 * The file's mode is kept, and a symlink stays a symlink.
 */
export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  // Through a symlink, the file it points to is rewritten and the link stays a link (renaming
  // over the link itself would turn it into a copy).
  let path = file;
  let mode: number | undefined;
  try {
    path = realpathSync(file);
    mode = statSync(path).mode & 0o7777;
  } catch {
    mode = undefined;
  }
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`);
  const fd = openSync(temp, 'wx', mode ?? 0o644);
  try {
    // The umask applies to openSync's mode; an executable script stays exactly as it was.
    if (mode !== undefined) fchmodSync(fd, mode);
    writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    unlinkSync(temp);
    throw error;
  }
  closeSync(fd);
  try {
    renameSync(temp, path);
  } catch (error) {
    unlinkSync(temp);
    throw error;
  }
}
