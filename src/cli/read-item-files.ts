/// <reference types="node" />
import { constants } from "node:fs";
import { lstat, open, readdir } from "node:fs/promises";
import { join } from "node:path";
import type { ItemFile } from "../items/load-items";
import { MAX_ITEM_BYTES } from "../items/parse-item";

/**
 * Every entry of the folder `dir` (dot files aside), read as an item file, or
 * refused with the reason. Only regular files directly in `dir` are read: a
 * symbolic link could publish any file of the machine, a device or a named pipe
 * never ends, a folder is not an article. At most `limit` + 1 bytes are read of
 * a file, enough for the reader to say it is too large.
 */
export async function readItemFiles(dir: string, limit = MAX_ITEM_BYTES): Promise<ItemFile[]> {
  const names = (await readdir(dir)).filter((name) => !name.startsWith(".")).sort();
  const files: ItemFile[] = [];
  // A few files open at a time: a year of dispatches is more than the open-file limit (EMFILE).
  for (let at = 0; at < names.length; at += OPEN_AT_ONCE) {
    files.push(...(await Promise.all(names.slice(at, at + OPEN_AT_ONCE).map((name) => readItemFile(join(dir, name), limit)))));
  }
  return files;
}

const OPEN_AT_ONCE = 64;

async function readItemFile(path: string, limit: number): Promise<ItemFile> {
  const refuse = (refused: string): ItemFile => ({ path, refused });
  try {
    const kind = what(await lstat(path));
    if (kind) return refuse(kind);
    // O_NOFOLLOW: a file swapped for a link since lstat is not followed either;
    // O_NONBLOCK: opening a file swapped for a named pipe does not wait for a writer.
    const handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    try {
      const stat = await handle.stat();
      const now = what(stat);
      if (now) return refuse(now);
      const bytes = new Uint8Array(Math.min(stat.size, limit) + 1);
      let length = 0;
      while (length < bytes.length) {
        const { bytesRead } = await handle.read(bytes, length, bytes.length - length, length);
        if (bytesRead === 0) break;
        length += bytesRead;
      }
      return { path, bytes: bytes.subarray(0, length) };
    } finally {
      await handle.close();
    }
  } catch (error) {
    const { code } = error as NodeJS.ErrnoException;
    return refuse(code === "ELOOP" ? LINK : `file: cannot be read (${code ?? String(error)})`);
  }
}

const LINK = "file: a symbolic link: items are read only from regular files in the folder (copy the file there instead)";

/** Why an entry is not an item file to read, or undefined for a regular file. */
function what(stat: { isFile(): boolean; isSymbolicLink(): boolean; isDirectory(): boolean }): string | undefined {
  if (stat.isSymbolicLink()) return LINK;
  if (stat.isDirectory()) return "file: a folder: items are files directly in the folder";
  if (!stat.isFile()) return "file: not a regular file (a device, a named pipe or a socket)";
  return undefined;
}
