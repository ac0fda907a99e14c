// Reads a PNG's pixel size from its header, without decoding the image.
const fs = require('node:fs');

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * @param {string} file path of a PNG file
 * @returns {{ width: number, height: number } | undefined} undefined when the file is not a PNG
 */
function readPngSize(file) {
  const header = Buffer.alloc(24);
  const fd = fs.openSync(file, 'r');
  let read;
  try {
    read = fs.readSync(fd, header, 0, header.length, 0);
  } finally {
    fs.closeSync(fd);
  }
  // Signature, then the IHDR chunk: length (4), type "IHDR" (4), width (4), height (4).
  if (
    read < 24 ||
    !header.subarray(0, 8).equals(PNG_SIGNATURE) ||
    header.toString('latin1', 12, 16) !== 'IHDR'
  ) {
    return undefined;
  }
  return { width: header.readUInt32BE(16), height: header.readUInt32BE(20) };
}

module.exports = { readPngSize };
