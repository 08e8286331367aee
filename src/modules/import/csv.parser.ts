/**
 * A streaming CSV parser (RFC 4180 as Excel writes it: comma separated, double quotes around fields that hold commas,
 * quotes or line breaks, "" for a quote, CRLF or LF line ends). Text goes in chunk by chunk; whole records come out,
 * so a file is never held in memory.
 */
export class CsvParser {
  private field = '';
  private record: string[] = [];
  private inQuotes = false;
  /** The previous character was a quote inside a quoted field: either an escaped quote or the closing one. */
  private quotePending = false;
  private lastWasCr = false;

  /** Records completed by this chunk. */
  push(chunk: string): string[][] {
    const out: string[][] = [];
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i];
      if (this.lastWasCr) {
        this.lastWasCr = false;
        if (c === '\n') continue;
      }
      if (this.inQuotes) {
        if (this.quotePending) {
          this.quotePending = false;
          if (c === '"') {
            this.field += '"';
            continue;
          }
          this.inQuotes = false;
          // fall through: the character after a closing quote is read as outside quotes
        } else if (c === '"') {
          this.quotePending = true;
          continue;
        } else {
          this.field += c;
          continue;
        }
      }
      if (c === '"' && this.field === '') this.inQuotes = true;
      else if (c === ',') this.endField();
      else if (c === '\n' || c === '\r') {
        this.lastWasCr = c === '\r';
        out.push(this.endRecord());
      } else this.field += c;
    }
    return out;
  }

  /** The last record when the text does not end with a line break. */
  end(): string[][] {
    if (this.quotePending) {
      this.quotePending = false;
      this.inQuotes = false;
    }
    if (this.field === '' && this.record.length === 0) return [];
    return [this.endRecord()];
  }

  private endField() {
    this.record.push(this.field);
    this.field = '';
  }

  private endRecord(): string[] {
    this.endField();
    const record = this.record;
    this.record = [];
    return record;
  }
}
