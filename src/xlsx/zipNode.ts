/**
 * The package's zip written with Node's own zlib, for the command line: JSZip compresses in
 * JavaScript (pako), which took longer than everything else together on a 50,000-customer
 * workbook (80 MB of sheet XML). Level 1 is chosen for the same reason; the parts are the same,
 * only the compressed file is a little larger. Node only: the browser keeps JSZip's generate.
 */
import type JSZip from 'jszip';
import zlib from 'node:zlib';
import { heldData } from './package';

/**
 * A part's bytes. A part set as text is taken as it is (JSZip would turn an 80 MB string into bytes
 * in 16 KB steps, one event-loop turn each); a part read from a zip goes through JSZip.
 */
async function bytesOf(entry: JSZip.JSZipObject): Promise<Uint8Array> {
  const { data, binary } = await heldData(entry);
  if (typeof data === 'string') return Buffer.from(data, binary ? 'latin1' : 'utf8');
  if (data instanceof Uint8Array) return data;
  return entry.async('uint8array');
}

const u16 = (b: Buffer, at: number, v: number) => b.writeUInt16LE(v, at);
const u32 = (b: Buffer, at: number, v: number) => b.writeUInt32LE(v >>> 0, at);

// A fixed timestamp (1980-01-01 00:00 in DOS format): the same workbook gives the same bytes.
const DOS_DATE = (1 << 5) | 1;

/**
 * What the local and the central header of an entry both hold, from `at`: version needed (2.0),
 * flags (UTF-8 names), method (deflate), time, date, CRC-32, sizes and the name's length.
 */
function entryFields(b: Buffer, at: number, crc: number, packed: number, size: number, nameLength: number): void {
  u16(b, at, 20);
  u16(b, at + 2, 0x0800);
  u16(b, at + 4, 8);
  u16(b, at + 6, 0);
  u16(b, at + 8, DOS_DATE);
  u32(b, at + 10, crc);
  u32(b, at + 14, packed);
  u32(b, at + 18, size);
  u16(b, at + 22, nameLength);
}

/** Whether this Node has what packing needs (zlib.crc32: Node 20.15 and later). */
export const canPackWithZlib = (): boolean => typeof (zlib as { crc32?: unknown }).crc32 === 'function';

/** The zip file of every part of `zip` (folders left out: a package has none of its own), deflated with zlib. */
export async function packWithZlib(zip: JSZip, level = 1): Promise<Uint8Array> {
  const crc32 = (zlib as unknown as { crc32(data: Uint8Array): number }).crc32;
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  let count = 0;
  for (const [name, entry] of Object.entries(zip.files)) {
    if (entry.dir) continue;
    const data = await bytesOf(entry);
    const packed = zlib.deflateRawSync(data, { level });
    const crc = crc32(data);
    const fileName = Buffer.from(name, 'utf8');
    const local = Buffer.alloc(30 + fileName.length);
    u32(local, 0, 0x04034b50);
    entryFields(local, 4, crc, packed.length, data.length, fileName.length);
    fileName.copy(local, 30);
    const head = Buffer.alloc(46 + fileName.length);
    u32(head, 0, 0x02014b50);
    u16(head, 4, 20);
    entryFields(head, 6, crc, packed.length, data.length, fileName.length);
    u32(head, 42, offset);
    fileName.copy(head, 46);
    chunks.push(local, packed);
    central.push(head);
    offset += local.length + packed.length;
    count++;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  u32(end, 0, 0x06054b50);
  u16(end, 8, count);
  u16(end, 10, count);
  u32(end, 12, directory.length);
  u32(end, 16, offset);
  return Buffer.concat([...chunks, directory, end]);
}
