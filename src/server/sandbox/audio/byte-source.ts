/** A body of known size whose bytes are produced on demand, range by range (recordings). */
export interface ByteSource {
  size: number;
  contentType: string;
  /** Bytes [start, end) — end exclusive, within 0..size. */
  read(start: number, end: number): Buffer;
}
