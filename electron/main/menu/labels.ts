import type { MenuLanguage } from '../../../src/shared/ipc/contract';

/**
 * The menu's texts. Main has no i18next: the page tells main its language
 * (`setMenuLanguage`) and the menu is rebuilt from this table, which the type
 * keeps complete in both languages. Italian first, as in the page.
 */
export interface MenuLabels {
  readonly file: string;
  readonly newComplaint: string;
  readonly print: string;
  readonly openDataFolder: string;
  readonly openBackupFolder: string;
  readonly openLogFolder: string;
  readonly settings: string;
  readonly quit: string;
  readonly edit: string;
  readonly undo: string;
  readonly redo: string;
  readonly cut: string;
  readonly copy: string;
  readonly paste: string;
  readonly selectAll: string;
  readonly search: string;
  readonly view: string;
  readonly palette: string;
  readonly queue: string;
  readonly clients: string;
  readonly zoomIn: string;
  readonly zoomOut: string;
  readonly resetZoom: string;
  readonly fullScreen: string;
  readonly devTools: string;
  readonly help: string;
  readonly guide: string;
  readonly about: string;
}

export const MENU_LABELS: Record<MenuLanguage, MenuLabels> = {
  it: {
    file: '&File',
    newComplaint: 'Nuovo reclamo',
    print: 'Stampa / salva in PDF…',
    openDataFolder: 'Apri cartella dati',
    openBackupFolder: 'Apri cartella backup',
    openLogFolder: 'Apri cartella log',
    settings: 'Impostazioni',
    quit: 'Esci',
    edit: '&Modifica',
    undo: 'Annulla',
    redo: 'Ripeti',
    cut: 'Taglia',
    copy: 'Copia',
    paste: 'Incolla',
    selectAll: 'Seleziona tutto',
    search: 'Cerca reclami',
    view: '&Visualizza',
    palette: 'Comandi…',
    queue: 'Coda reclami',
    clients: 'Clienti',
    zoomIn: 'Ingrandisci',
    zoomOut: 'Riduci',
    resetZoom: 'Dimensioni effettive',
    fullScreen: 'Schermo intero',
    devTools: 'Strumenti per sviluppatori',
    help: '&Aiuto',
    guide: 'Guida e scorciatoie',
    about: 'Informazioni su Riparo',
  },
  en: {
    file: '&File',
    newComplaint: 'New complaint',
    print: 'Print / save as PDF…',
    openDataFolder: 'Open data folder',
    openBackupFolder: 'Open backup folder',
    openLogFolder: 'Open log folder',
    settings: 'Settings',
    quit: 'Exit',
    edit: '&Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select all',
    search: 'Search complaints',
    view: '&View',
    palette: 'Commands…',
    queue: 'Complaint queue',
    clients: 'Clients',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    resetZoom: 'Actual size',
    fullScreen: 'Full screen',
    devTools: 'Developer tools',
    help: '&Help',
    guide: 'Guide and shortcuts',
    about: 'About Riparo',
  },
};
