import PDFDocument from 'pdfkit';
import { fontBytes, layoutLine, Run } from './fonts';

type Doc = InstanceType<typeof PDFDocument>;
export type Align = 'left' | 'right' | 'center' | 'auto';

const MIN_SIZE = 5.5;
// Any `features` value makes pdfkit shape a run as a whole; without it pdfkit shapes word by word,
// which keeps Arabic words in logical order (wrong for right-to-left text). fontkit still applies
// the script's required features (Arabic joining forms, ligatures, kerning).
const WHOLE_RUN = { features: [] as never[] };

/** A4 document with the fonts registered lazily, one per subset file actually used. */
export class PdfCanvas {
  readonly doc: Doc;
  private readonly registered = new Set<string>();
  private readonly chunks: Buffer[] = [];
  readonly margin = 36;
  y = 36;

  constructor(title: string) {
    this.doc = new PDFDocument({ size: 'A4', margin: this.margin, info: { Title: title, Producer: '@aem/trade-kit' }, autoFirstPage: true });
    this.doc.on('data', (c: Buffer) => this.chunks.push(c));
  }

  get width(): number {
    return this.doc.page.width - 2 * this.margin;
  }

  private use(faceId: string, file: string, size: number) {
    if (!this.registered.has(faceId)) {
      this.doc.registerFont(faceId, fontBytes(file));
      this.registered.add(faceId);
    }
    this.doc.font(faceId).fontSize(size);
  }

  private measure(runs: Run[], size: number): number {
    return runs.reduce((w, r) => {
      this.use(r.faceId, r.file, size);
      return w + this.doc.widthOfString(r.text, WHOLE_RUN);
    }, 0);
  }

  /**
   * Draws one line of mixed-script text in a box: font per script, Arabic shaped and laid right
   * to left, shrunk to fit the width (down to 5.5 pt), then cut with an ellipsis as a last resort.
   * `auto` aligns right-to-left paragraphs to the right.
   */
  text(value: string, x: number, y: number, width: number, opts: { size?: number; align?: Align; bold?: boolean } = {}): void {
    let size = opts.size ?? 9;
    let text = value;
    let runs = layoutLine(text, opts.bold);
    let w = this.measure(runs.runs, size);
    while (w > width && size > MIN_SIZE) {
      size = Math.max(MIN_SIZE, size - 0.5);
      w = this.measure(runs.runs, size);
    }
    while (w > width && text.length > 1) {
      text = Array.from(text).slice(0, -2).join('') + '…';
      runs = layoutLine(text, opts.bold);
      w = this.measure(runs.runs, size);
    }
    const align = opts.align === 'auto' || !opts.align ? (runs.rtl ? 'right' : 'left') : opts.align;
    // Runs from different fonts share one baseline, whatever their ascender metrics.
    const baseline = y + size * 0.95;
    let cx = align === 'right' ? x + width - w : align === 'center' ? x + (width - w) / 2 : x;
    for (const r of runs.runs) {
      this.use(r.faceId, r.file, size);
      this.doc.text(r.text, cx, baseline, { lineBreak: false, baseline: 'alphabetic', ...WHOLE_RUN });
      cx += this.doc.widthOfString(r.text, WHOLE_RUN);
    }
  }

  /** Draws a left-aligned line at the cursor and moves the cursor down. */
  line(value: string, opts: { size?: number; bold?: boolean; align?: Align; gap?: number } = {}): void {
    this.ensureSpace((opts.size ?? 9) + 6);
    this.text(value, this.margin, this.y, this.width, opts);
    this.y += (opts.size ?? 9) + (opts.gap ?? 5);
  }

  rule(): void {
    this.doc.moveTo(this.margin, this.y).lineTo(this.margin + this.width, this.y).lineWidth(0.5).stroke();
    this.y += 4;
  }

  ensureSpace(height: number): void {
    if (this.y + height > this.doc.page.height - this.margin) {
      this.doc.addPage();
      this.y = this.margin;
    }
  }

  /** A simple ruled table; columns get a fixed share of the width. */
  table(columns: Array<{ header: string; width: number; align?: Align }>, rows: string[][], size = 7.5): void {
    const total = columns.reduce((s, c) => s + c.width, 0);
    const widths = columns.map((c) => (c.width / total) * this.width);
    const rowH = size + 7;
    const drawRow = (cells: string[], bold: boolean) => {
      this.ensureSpace(rowH);
      let x = this.margin;
      cells.forEach((cell, i) => {
        this.text(cell, x + 2, this.y + 3, widths[i] - 4, { size, bold, align: columns[i].align ?? 'auto' });
        x += widths[i];
      });
      this.y += rowH;
      this.doc.moveTo(this.margin, this.y).lineTo(this.margin + this.width, this.y).lineWidth(0.3).stroke();
    };
    drawRow(columns.map((c) => c.header), true);
    for (const r of rows) drawRow(r, false);
    this.y += 6;
  }

  end(): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      this.doc.on('end', () => resolve(Buffer.concat(this.chunks)));
      this.doc.on('error', reject);
      this.doc.end();
    });
  }
}
