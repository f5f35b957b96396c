import type { Decision } from '../../corrections/decisions';
import { textHash } from '../../corrections/textHash';

/** How many closed untitled articles' corrections wait for their file: Save As closes one at a time. */
const KEPT = 8;

/**
 * The corrections of untitled articles that were closed, kept until a file with the same text opens: VS Code's
 * Save As of an untitled document closes it and opens the new file, with nothing that links the two but the
 * text. A discarded untitled article's corrections are forgotten after KEPT others.
 */
export class UnsavedCorrections {
  private kept: Array<{ hash: string; decisions: Decision[] }> = [];

  keep(text: string, decisions: readonly Decision[]): void {
    if (!decisions.length) return;
    this.kept = [...this.kept, { hash: textHash(text), decisions: [...decisions] }].slice(-KEPT);
  }

  /** The corrections kept for this text (line ends aside), handed over once. */
  take(text: string): Decision[] | undefined {
    const hash = textHash(text);
    let i = this.kept.length - 1;
    while (i >= 0 && this.kept[i].hash !== hash) i--;
    if (i < 0) return undefined;
    const [{ decisions }] = this.kept.splice(i, 1);
    return decisions;
  }
}
