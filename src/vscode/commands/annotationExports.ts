import * as vscode from 'vscode';
import type { AnalysisStore } from '../documents/analysisStore';
import type { CorrectionsStore } from '../documents/correctionsStore';
import { articleDocument } from '../documents/currentArticle';
import { writeAtomically } from '../documents/sidecarFile';
import { bratAnn, bratDecisions } from '../../formats/brat';
import { claimsCsvHeader, claimsCsvRecords } from '../../formats/claimsCsv';
import { UTF8_BOM } from '../../formats/csv';
import { analysisJson } from '../../formats/json';
import { baseName } from '../views/treeNodes';
import { exportedName } from './exportedName';

type ExportFormat = 'json' | 'csv' | 'brat';

const FORMATS: Record<ExportFormat, { label: string; detail: string; extension: string }> = {
  json: { label: 'JSON', detail: 'The corrected analysis, each claim with its file, date, line, review status and who decided (as news-annotate --json)', extension: 'json' },
  csv: { label: 'CSV', detail: 'One row per claim: file, date, line, speaker, kind, cue, claim, status (UTF-8 with BOM, for Excel)', extension: 'csv' },
  brat: { label: 'brat standoff', detail: 'FILE.ann beside a copy of the text, for brat and the tools that read it', extension: 'ann' },
};

/**
 * News: Export… (the corrected analysis as JSON, CSV or brat standoff, written atomically; the save dialog asks
 * before replacing a file) and News: Import brat Annotations… (an .ann's quotes, speakers and entities become
 * your decisions). Arguments skip the questions, for scripts and tests.
 */
export class AnnotationExports implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly store: AnalysisStore,
    private readonly corrections: CorrectionsStore,
  ) {
    this.disposables = [
      vscode.commands.registerCommand('newsAnnotator.export', (format?: ExportFormat, target?: vscode.Uri) => this.export(format, target)),
      vscode.commands.registerCommand('newsAnnotator.importBrat', (source?: vscode.Uri) => this.importBrat(source)),
    ];
  }

  private article(): vscode.TextDocument | undefined {
    const document = articleDocument();
    if (!document) void vscode.window.showInformationMessage('News Annotator: open a news article first.');
    return document;
  }

  private async export(given?: ExportFormat, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
    const document = this.article();
    if (!document) return undefined;
    const format = given ?? (await vscode.window.showQuickPick(
      (Object.keys(FORMATS) as ExportFormat[]).map((f) => ({ label: FORMATS[f].label, detail: FORMATS[f].detail, format: f })),
      { placeHolder: 'Export the corrected analysis as' },
    ))?.format;
    if (!format) return undefined;
    const { extension } = FORMATS[format];
    const name = baseName(document.uri).replace(/\.[^.]*$/, '') || 'article';
    const uri = target ?? (await vscode.window.showSaveDialog({
      defaultUri: document.uri.scheme === 'untitled' ? undefined : vscode.Uri.joinPath(document.uri, '..', `${name}.${extension}`),
      filters: { [FORMATS[format].label]: [extension] },
      saveLabel: 'Export',
      title: `Export as ${FORMATS[format].label}`,
    }));
    if (!uri) return undefined;
    const analysis = await this.store.getAsync(document);
    const text = document.getText();
    const file = exportedName(document.uri);
    try {
      if (format === 'json') await writeAtomically(uri, analysisJson({ file, text, analysis }));
      if (format === 'csv') await writeAtomically(uri, UTF8_BOM + claimsCsvHeader() + claimsCsvRecords({ file, text, analysis }));
      if (format === 'brat') {
        // brat pairs story.ann with story.txt: the text goes beside the .ann unless it is the article itself.
        const textUri = uri.with({ path: uri.path.replace(/\.ann$/, '') + '.txt' });
        if (textUri.toString() !== document.uri.toString()) await writeAtomically(textUri, text);
        await writeAtomically(uri, bratAnn(text, analysis));
      }
    } catch (e) {
      void vscode.window.showErrorMessage(`News Annotator: could not write ${baseName(uri)}: ${(e as Error).message}`);
      return undefined;
    }
    vscode.window.setStatusBarMessage(`News Annotator: exported ${baseName(document.uri)} to ${baseName(uri)}`, 4000);
    return uri;
  }

  /** Returns how many decisions were added. */
  private async importBrat(source?: vscode.Uri): Promise<number> {
    const document = this.article();
    if (!document) return 0;
    const uri = source ?? (await vscode.window.showOpenDialog({ filters: { 'brat standoff': ['ann'] }, canSelectMany: false, openLabel: 'Import' }))?.[0];
    if (!uri) return 0;
    let items;
    try {
      items = bratDecisions(document.getText(), new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)));
    } catch (e) {
      void vscode.window.showErrorMessage(`News Annotator: could not import ${baseName(uri)}: ${(e as Error).message}`);
      return 0;
    }
    if (!items.length || !(await this.corrections.addAll(document, items))) return 0;
    void vscode.window.showInformationMessage(`News Annotator: imported ${items.length} annotations from ${baseName(uri)} as your decisions (Undo Last Correction takes them back).`);
    return items.length;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
