// Minimal typing for the parts of fontkit (pdfkit's font engine) that trade-kit uses.
declare module 'fontkit' {
  export interface Glyph { id: number; codePoints: number[]; name?: string }
  export interface GlyphRun { glyphs: Glyph[]; direction?: string }
  export interface Font {
    hasGlyphForCodePoint(cp: number): boolean;
    glyphForCodePoint(cp: number): Glyph;
    layout(text: string): GlyphRun;
  }
  export function create(buffer: Buffer): Font | unknown;
}
