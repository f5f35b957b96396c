import * as vscode from 'vscode';
import { corpusArticle, type CorpusArticle } from '../../presentation/corpus/article';
import { parsePeople, PeopleIndex } from '../../presentation/corpus/people';
import { hasArticleHeader } from '../../engine/text/articleHeader';
import { CachedAnalyses, type Analyzer } from '../../worker/cachedAnalyses';
import { WorkerClient } from '../../worker/client';
import type { AnalysisBackend } from '../documents/analysisBackend';
import { StorageAnalysisCache } from './analysisCache';
import { correctedAnalysis } from './corrections';
import { SIDECAR_SUFFIX } from '../../corrections/sidecar';

/** The files that can be articles: .article and .news always, .txt when its first line is a `date` header. */
const ARTICLE_GLOB = '**/*.{article,news,txt}';
const ARTICLE_PATH = /\.(?:article|news|txt)$/i;
const EXCLUDE_GLOB = '**/{node_modules,.git}/**';
export const PEOPLE_FILE = '.news-annotator/people.json';
const PEOPLE_FOLDER = PEOPLE_FILE.slice(0, PEOPLE_FILE.lastIndexOf('/'));
/** Changes arriving together (a checkout, a copy of many files) are indexed as one batch. */
const BATCH_DELAY_MS = 300;

export type IndexState = 'idle' | 'indexing' | 'ready';

/**
 * Every article of the workspace with its analysis, built in the background on first use (the Corpus view
 * shown, a corpus command run) and kept up to date by a file-system watcher. Analyses run in a worker thread of
 * their own, so that indexing never delays the open article's analysis, and are cached by content hash in the
 * extension's storage: reopening a folder re-reads and hashes its files but analyses only the changed ones.
 */
export class WorkspaceIndex implements vscode.Disposable {
  private readonly articles = new Map<string, CorpusArticle>();
  private readonly queued = new Set<string>();
  private readonly emitter = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.emitter];
  private readonly analyses: CachedAnalyses;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | undefined;
  private started = false;
  private firstScan: Promise<void> | undefined;
  private disposed = false;
  /** Files that could not be read, with the reason. */
  readonly problems = new Map<string, string>();
  people = new PeopleIndex();
  peopleErrors: string[] = [];
  /** The people files' modification times and sizes when last read (see refreshPeople). */
  private peopleStamp: string | undefined;
  state: IndexState = 'idle';
  /** Fires when articles are added, changed or removed, or the people file changes. */
  readonly onDidChange = this.emitter.event;

  /** `backend`: the store's; the index has its own single worker, so indexing leaves the store's to the editor. */
  constructor(
    context: vscode.ExtensionContext,
    backend: AnalysisBackend,
    analyzer: Analyzer & vscode.Disposable = new WorkerClient(backend.spawn, { workers: 1 }),
  ) {
    this.analyses = new CachedAnalyses(analyzer, new StorageAnalysisCache(context));
    this.disposables.push(analyzer);
  }

  /** Indexes the workspace if not done yet; resolves when the index is complete. */
  async ready(): Promise<void> {
    this.start();
    await this.firstScan;
    while (this.running || this.timer) await (this.running ?? new Promise((resolve) => setTimeout(resolve, BATCH_DELAY_MS)));
  }

  /** The indexed articles, in path order. */
  all(): CorpusArticle[] {
    return [...this.articles.values()].sort((a, b) => a.path.localeCompare(b.path));
  }

  get(uri: vscode.Uri): CorpusArticle | undefined {
    return this.articles.get(uri.toString());
  }

  /** Starts the first build and the watchers. */
  start(): void {
    if (this.started || this.disposed) return;
    this.started = true;
    const watcher = vscode.workspace.createFileSystemWatcher(ARTICLE_GLOB);
    const people = vscode.workspace.createFileSystemWatcher(`**/${PEOPLE_FILE}`);
    // A file written together with its new folder can come with no event of its own (the folder's watch is set up
    // after the file is in it): the folder's creation, and every indexing batch, check the people files too.
    const peopleFolder = vscode.workspace.createFileSystemWatcher(`**/${PEOPLE_FOLDER}`, false, true, true);
    const sidecars = vscode.workspace.createFileSystemWatcher(`**/*${SIDECAR_SUFFIX}`);
    // A sidecar's corrections change its article's analysis: index the article again.
    const article = (sidecar: vscode.Uri) => this.enqueue([sidecar.with({ path: sidecar.path.slice(0, -SIDECAR_SUFFIX.length) })]);
    this.disposables.push(
      watcher,
      watcher.onDidCreate((uri) => this.enqueue([uri])),
      watcher.onDidChange((uri) => this.enqueue([uri])),
      watcher.onDidDelete((uri) => this.remove(uri)),
      people,
      people.onDidCreate(() => void this.loadPeople()),
      people.onDidChange(() => void this.loadPeople()),
      people.onDidDelete(() => void this.loadPeople()),
      peopleFolder,
      peopleFolder.onDidCreate(() => void this.refreshPeople()),
      sidecars,
      sidecars.onDidCreate(article),
      sidecars.onDidChange(article),
      sidecars.onDidDelete(article),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.rescan()),
    );
    void this.loadPeople();
    this.firstScan = this.rescan();
  }

  /** Finds every candidate file again (first build, folders added or removed) and indexes what changed. */
  async rescan(): Promise<void> {
    const found = await vscode.workspace.findFiles(ARTICLE_GLOB, EXCLUDE_GLOB);
    const keep = new Set(found.map((u) => u.toString()));
    for (const key of [...this.articles.keys()]) if (!keep.has(key)) this.articles.delete(key);
    this.enqueue(found, 0);
  }

  private enqueue(uris: readonly vscode.Uri[], delay = BATCH_DELAY_MS): void {
    if (this.disposed) return;
    for (const uri of uris) if (ARTICLE_PATH.test(uri.path) && !isExcluded(uri)) this.queued.add(uri.toString());
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.drain();
    }, delay);
    if (this.state !== 'indexing') this.setState('indexing');
  }

  private remove(uri: vscode.Uri): void {
    this.queued.delete(uri.toString());
    if (this.articles.delete(uri.toString())) this.emitter.fire();
  }

  /** Indexes the queued files one after another, with progress in the Corpus view and the status bar. */
  private async drain(): Promise<void> {
    if (this.running) return this.running;
    this.running = Promise.resolve(vscode.window.withProgress(
      { location: { viewId: 'newsAnnotator.corpus' } },
      () =>
        vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'News Annotator' }, async (progress) => {
          let done = 0;
          while (this.queued.size && !this.disposed) {
            const key = this.queued.values().next().value as string;
            this.queued.delete(key);
            progress.report({ message: `indexing articles ${++done}/${done + this.queued.size}` });
            await this.index(vscode.Uri.parse(key));
            // Many small updates would redraw the view for each file: announce every 50 files and at the end.
            if (done % 50 === 0) this.emitter.fire();
          }
          await this.refreshPeople();
        }),
    ));
    try {
      await this.running;
    } finally {
      this.running = undefined;
      if (!this.disposed) {
        this.setState(this.queued.size || this.timer ? 'indexing' : 'ready');
        this.emitter.fire();
      }
    }
  }

  private async index(uri: vscode.Uri): Promise<void> {
    const key = uri.toString();
    let text: string;
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch (e) {
      this.articles.delete(key);
      // Gone since it was queued (deleted, renamed): nothing to report.
      if (!(e instanceof vscode.FileSystemError && e.code === 'FileNotFound')) this.problems.set(key, (e as Error).message);
      return;
    }
    this.problems.delete(key);
    if (uri.path.toLowerCase().endsWith('.txt') && !hasArticleHeader(text.slice(0, text.indexOf('\n') + 1 || text.length))) {
      this.articles.delete(key);
      return;
    }
    try {
      const analysis = await this.analyses.analyze(key, text);
      if (!analysis || this.disposed) return;
      const corrected = await correctedAnalysis(uri, text, analysis);
      if (corrected.problem) this.problems.set(key, corrected.problem);
      this.articles.set(key, corpusArticle(key, vscode.workspace.asRelativePath(uri), text, corrected.analysis));
    } catch (e) {
      this.problems.set(key, `analysis failed: ${(e as Error).message}`);
    }
  }

  /** Reads the people files again when one changed since they were last read, whether or not a watcher said so. */
  private async refreshPeople(): Promise<void> {
    if (this.disposed) return;
    if ((await this.peopleFilesStamp()) !== this.peopleStamp) await this.loadPeople();
  }

  private async peopleFilesStamp(): Promise<string> {
    const stamps = await Promise.all((vscode.workspace.workspaceFolders ?? []).map(async (folder) => {
      try {
        const stat = await vscode.workspace.fs.stat(vscode.Uri.joinPath(folder.uri, PEOPLE_FILE));
        return `${stat.mtime}:${stat.size}`;
      } catch {
        return 'none';
      }
    }));
    return stamps.join(' ');
  }

  private async loadPeople(): Promise<void> {
    // Stamped before reading: a change made while reading is seen by the next refresh.
    this.peopleStamp = await this.peopleFilesStamp();
    const errors: string[] = [];
    const people = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const uri = vscode.Uri.joinPath(folder.uri, PEOPLE_FILE);
      let json: string;
      try {
        json = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      } catch {
        continue; // no people file in this folder
      }
      const parsed = parsePeople(json);
      people.push(...parsed.people);
      errors.push(...parsed.errors.map((e) => `${vscode.workspace.asRelativePath(uri)}: ${e}`));
    }
    this.people = new PeopleIndex(people);
    this.peopleErrors = errors;
    if (errors.length) void vscode.window.showWarningMessage(`News Annotator: ${errors.join('; ')}`);
    this.emitter.fire();
  }

  private setState(state: IndexState): void {
    this.state = state;
    void vscode.commands.executeCommand('setContext', 'newsAnnotator.corpusState', state);
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}

function isExcluded(uri: vscode.Uri): boolean {
  return /\/(?:node_modules|\.git)\//.test(uri.path);
}
