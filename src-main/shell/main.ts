import { app, BrowserWindow, dialog, shell } from 'electron';
import { join } from 'node:path';
import { createCore, type Core } from '../create-core';
import { DatabaseTooNewError } from '../core/db/migrate';
import { createHttpServer } from '../server/http';
import { startupMessages } from '../../src-shared/i18n/fa';
import { bridgeCoreToRenderers } from './ipc';
import { bridgePrinting } from './print';
import { readDesktopMode } from './desktop-config';

// A thin shell: the window, the IPC bridge and (in server mode) the LAN server around the same core
// that `npm run serve` runs. Nothing here holds business logic.
const appRoot = app.getAppPath();
const rendererIndex = join(appRoot, 'dist/renderer/index.html');

// `withCore`: this install runs the core, so the window talks to it over IPC (see preload.ts).
function createWindow(withCore: boolean): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    title: 'پیوند',
    webPreferences: {
      preload: join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      additionalArguments: withCore ? ['--peyvand-core'] : [],
    },
  });
  // The import wizard asks before leaving a running job (beforeunload); Electron only honours that if asked here.
  window.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(window, {
      type: 'question',
      buttons: ['ماندن', 'خروج'],
      defaultId: 0,
      cancelId: 0,
      message: 'کاری در حال انجام است. خارج می‌شوید؟',
      detail: 'اگر خارج شوید کار نیمه‌تمام لغو می‌شود و چیزی نیمه‌کاره ذخیره نمی‌شود.',
    });
    if (choice === 1) event.preventDefault();
  });
  window.webContents.setWindowOpenHandler(({ url }) => {
    void shell.openExternal(url);
    return { action: 'deny' };
  });
  return window;
}

function openCore(): Core | null {
  try {
    return createCore({ dataDir: app.getPath('userData'), migrationsFolder: join(appRoot, 'migrations') });
  } catch (error) {
    if (error instanceof DatabaseTooNewError) {
      dialog.showErrorBox('پیوند', startupMessages.databaseTooNew);
      return null;
    }
    throw error;
  }
}

async function start(): Promise<void> {
  await app.whenReady();
  const mode = readDesktopMode(app.getPath('userData'));
  const stopPrinting = bridgePrinting();
  if (mode.kind === 'client') {
    await createWindow(false).loadURL(mode.serverUrl);
    app.on('window-all-closed', () => {
      stopPrinting();
      app.quit();
    });
    return;
  }
  const core = openCore();
  if (!core) {
    app.quit();
    return;
  }
  const stopBridge = bridgeCoreToRenderers(core);
  const server = mode.kind === 'server' ? createHttpServer(core, { staticRoot: join(appRoot, 'dist/renderer') }) : null;
  if (server && mode.kind === 'server') server.listen(mode.port, mode.host);
  await createWindow(true).loadFile(rendererIndex);
  app.on('window-all-closed', () => {
    stopBridge();
    stopPrinting();
    server?.close();
    void core.close().then(() => app.quit());
  });
}

void start();
