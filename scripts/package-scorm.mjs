// Usage: node scripts/package-scorm.mjs   (after: vite build --mode scorm && node scripts/inline.mjs dist-scorm)
// Wraps the self-contained page in a SCORM 1.2 package: likelihood-lab-scorm12.zip with
// imsmanifest.xml at its root, one SCO (index.html) and the SCORM 1.2 schemas.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { scormManifest } from './scorm-manifest.mjs';

const root = path.resolve(import.meta.dirname, '..');
const page = fs.readFileSync(path.join(root, 'dist-scorm', 'index.html'));
const schemas = path.join(root, 'tests', 'fixtures', 'scorm12');
const version = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version;

const files = [
  ['imsmanifest.xml', Buffer.from(scormManifest(version))],
  ['index.html', page],
  ...fs.readdirSync(schemas).map((name) => [name, fs.readFileSync(path.join(schemas, name))]),
];

/** A zip archive (deflate), written by hand: the format needs only headers and a directory. */
function zip(entries) {
  const local = [];
  const central = [];
  let offset = 0;
  for (const [name, data] of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const deflated = zlib.deflateRawSync(data, { level: 9 });
    const crc = zlib.crc32(data);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4); // version needed
    header.writeUInt16LE(0x0800, 6); // UTF-8 names
    header.writeUInt16LE(8, 8); // deflate
    header.writeUInt32LE(0x00210000, 10); // 1980-01-01 00:00, so builds are byte-for-byte repeatable
    header.writeUInt32LE(crc, 14);
    header.writeUInt32LE(deflated.length, 18);
    header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(nameBytes.length, 26);
    local.push(header, nameBytes, deflated);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(0x00210000, 12);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(deflated.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, nameBytes);
    offset += header.length + nameBytes.length + deflated.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, directory, end]);
}

const out = path.join(root, 'dist-scorm', 'likelihood-lab-scorm12.zip');
fs.writeFileSync(out, zip(files));
console.log(`${path.relative(root, out)}: ${(fs.statSync(out).size / 1024).toFixed(0)} KB, ${files.length} files`);
